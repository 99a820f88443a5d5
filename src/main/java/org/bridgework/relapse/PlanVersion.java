package org.bridgework.relapse;

import java.time.Instant;

/**
 * One saved version of a client's staying-well plan: what it said, who saved it, when.
 */
record PlanVersion(int version, PlanRequest content, Instant savedAt, String savedByName) {
}
