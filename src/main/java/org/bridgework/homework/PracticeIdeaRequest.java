package org.bridgework.homework;

/**
 * A client's idea for a practice of their own, as they wrote it.
 *
 * @param title what they would like to practise
 * @param why why it matters to them
 * @param whenAndCue when, or after what, they would do it
 */
public record PracticeIdeaRequest(String title, String why, String whenAndCue, Integer durationMinutes) {
}
