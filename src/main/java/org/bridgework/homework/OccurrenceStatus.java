package org.bridgework.homework;

public enum OccurrenceStatus {

	DUE, DONE, SKIPPED

}
