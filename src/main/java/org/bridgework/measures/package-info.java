/**
 * Measures: standard questionnaires (PHQ-9, GAD-7, PHQ-2, GAD-2, PCL-5) with their
 * published wording, scored on the server; the client's series of results; and the
 * schedules on which a clinician asks for them.
 *
 * <p>
 * Public face: {@link org.bridgework.measures.Measures} (take a measure, now or at an
 * earlier moment; read a client's series) and
 * {@link org.bridgework.measures.MeasureSchedules#scheduleWeekly} (ask for one every
 * week). A PHQ-9 item 9 above 0 publishes {@link org.bridgework.safety.CrisisSignal}
 * inside the transaction that stores the response.
 */
package org.bridgework.measures;
