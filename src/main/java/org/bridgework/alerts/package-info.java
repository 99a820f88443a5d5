/**
 * Crisis alerts: when a client may be in crisis (a
 * {@link org.bridgework.safety.CrisisSignal}: a non-zero answer to PHQ-9 item 9, or
 * pressing "I need help now"), their clinicians get an alert that stays open until one of
 * them acknowledges it, and that is escalated once by email to a second contact when it
 * stays open too long.
 *
 * <p>
 * Public face: {@link org.bridgework.alerts.AlertHistory}, to keep alerts that were dealt
 * with before (the demo's). Other modules raise alerts only by publishing
 * {@code CrisisSignal} inside their own transaction; {@code AlertRecorder} stores the
 * alert in that same transaction. The header's count of open alerts reaches every page
 * through {@code AlertPanels}, without other modules knowing.
 */
package org.bridgework.alerts;
