package org.bridgework.sessions;

/**
 * A session summary as the clinician writes it; every part is optional, but not all of
 * them at once.
 */
record SummaryRequest(String learned, String practised, String stillHard, String homeworkAgreed) {
}
