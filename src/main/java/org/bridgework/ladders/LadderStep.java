package org.bridgework.ladders;

/**
 * One rung: what the client does (e.g. "3 minutes of breathing", "Order a coffee") and an
 * optional number to aim for (minutes, expected SUDS) in the ladder's unit.
 */
public record LadderStep(String label, Integer target) {
}
