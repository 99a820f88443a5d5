package org.bridgework.homework;

/**
 * Something that could get in the way, and what the client will do then.
 */
public record Barrier(String barrier, String plan) {
}
