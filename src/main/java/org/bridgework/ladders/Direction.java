package org.bridgework.ladders;

/** What a ladder suggests for the client's step. */
public enum Direction {

	STEP_UP, STEP_BACK, STAY

}
