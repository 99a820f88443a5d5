/**
 * Exports: a client's record as a PDF a clinician can file and as a ZIP of CSV files a
 * spreadsheet opens, for the client themselves or one of their clinicians.
 *
 * <p>
 * Public face: {@link org.bridgework.exports.ExportSection} with its two small types
 * {@link org.bridgework.exports.ExportTable} and
 * {@link org.bridgework.exports.ExportPeriod}, the place where every feature adds its
 * part of the record (goals, homework, ladders, sessions, the staying-well plan; measures
 * when they come). The record's title, the writers and the routes are internal.
 */
package org.bridgework.exports;
