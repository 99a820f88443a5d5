package org.bridgework.ladders;

/**
 * Accepting a step change.
 *
 * @param from the step the person saw the client on; when given and no longer true,
 * nothing changes (someone else moved first)
 * @param to the step to go to; null accepts what the ladder suggests
 * @param note why, in the clinician's words; needed when they choose another step than
 * the suggested one
 */
public record StepChangeRequest(Integer from, Integer to, String note) {
}
