/**
 * Insights: pictures made from what homework already stores (what gets in the way, week
 * by week; mood before and after a practice; a ladder climbed over time), drawn as small
 * SVG charts with tables beside them.
 *
 * <p>
 * Public face: none. It reads homework and ladders through their public types and adds
 * its panels to homework's pages through {@code homework.AssignmentPanels} and a handler
 * interceptor, so no module depends on this one.
 */
package org.bridgework.insights;
