/**
 * Goals and values: a client's few treatment goals, in their own words, each optionally
 * tied to a value; set aside rather than deleted, and every change kept.
 *
 * <p>
 * Public face: {@link org.bridgework.goals.Goals} (the service),
 * {@link org.bridgework.goals.Goal} and {@link org.bridgework.goals.GoalRevision},
 * {@link org.bridgework.goals.GoalChange}. Homework uses it to tie each assignment to the
 * goal it serves; goals know nothing of homework.
 */
package org.bridgework.goals;
