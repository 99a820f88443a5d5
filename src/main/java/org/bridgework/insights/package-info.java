/**
 * Insights: pictures made from what homework and questionnaires already store (what gets
 * in the way, week by week; practice done and questionnaires over the same weeks;
 * homework beside each questionnaire; mood before and after a practice; a ladder climbed
 * over time; homework across a clinician's caseload), drawn as small SVG charts with
 * tables beside them, and never read as a cause.
 *
 * <p>
 * Public face: none. It reads homework, ladders, measures and the library through their
 * public types and adds its panels to other modules' pages through
 * {@code homework.AssignmentPanels} and a handler interceptor, so no module depends on
 * this one.
 */
package org.bridgework.insights;
