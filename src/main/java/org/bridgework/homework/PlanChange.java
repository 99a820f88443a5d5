package org.bridgework.homework;

/**
 * One part of a plan before and after a change, as plain text (null: not set).
 */
public record PlanChange(PlanField field, String before, String after) {
}
