/**
 * Ladders: graded practice on an assignment, one step at a time, with suggestions to step
 * up or back and the history of every step change.
 */
package org.bridgework.ladders;
