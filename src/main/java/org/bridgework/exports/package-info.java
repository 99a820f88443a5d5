/**
 * Exports: a client's record as a PDF a clinician can file, as a ZIP of CSV files a
 * spreadsheet opens, and as one JSON document another program reads, for the client
 * themselves or one of their clinicians.
 *
 * <p>
 * Public face: {@link org.bridgework.exports.ExportSection} with its small types
 * {@link org.bridgework.exports.ExportTable}, {@link org.bridgework.exports.ExportPart},
 * {@link org.bridgework.exports.ExportPeriod} and
 * {@link org.bridgework.exports.ExportLinks}, the place where every feature adds its part
 * of the record and names the tables it exports (docs/adr/0012). The record's title, the
 * writers and the routes are internal.
 */
package org.bridgework.exports;
