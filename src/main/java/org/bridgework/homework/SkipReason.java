package org.bridgework.homework;

/**
 * What got in the way of a practice. A skip is information for the next session, not a
 * failure.
 */
public enum SkipReason {

	FORGOT, NO_TIME, TOO_HARD, OVERWHELMED, NOT_RELEVANT, DOUBTS, OTHER

}
