/**
 * Clients, and which clinicians care for each: the one place that decides who may see a
 * client.
 */
package org.bridgework.caseload;
