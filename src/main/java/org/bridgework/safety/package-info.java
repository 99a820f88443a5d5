/**
 * Safety: the crisis resources a person can reach from every page, signed in or not, and
 * what Bridgework says plainly about itself (it is not watched in real time and is not
 * for emergencies).
 *
 * <p>
 * Public face: {@link org.bridgework.safety.CrisisResources} and
 * {@link org.bridgework.safety.CrisisResource}, so other features (a hard practice, a
 * worrying answer) can show the same list, and
 * {@link org.bridgework.safety.CrisisSignal}, the event that tells whoever raises alerts
 * that a client may be in crisis.
 */
package org.bridgework.safety;
