/**
 * Staying well after therapy: the relapse-prevention plan a clinician writes with a
 * client (warning signs, triggers, coping strategies linked to the homework that showed
 * them, people to contact), every version of it, and booster "tune-up" practices planned
 * weeks or months ahead.
 *
 * <p>
 * Public face: {@link org.bridgework.relapse.StayingWellPlans} and
 * {@link org.bridgework.relapse.Boosters} with the requests they take
 * ({@link org.bridgework.relapse.PlanRequest},
 * {@link org.bridgework.relapse.BoosterRequest}). It reads homework only through
 * homework's public services; a booster is a one-day assignment made with
 * {@code Assignments}, so Today, entries, adherence and the digest treat it as any
 * practice. Everything else is internal.
 */
package org.bridgework.relapse;
