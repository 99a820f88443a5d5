package org.bridgework.homework.web;

import org.bridgework.homework.Assignment;
import org.bridgework.library.Template;

/**
 * One assignment as its clinician reviews it, with the template it was made from.
 *
 * @param days the planned days in words ("Every day", "Mon, Wed, Fri")
 * @param time the agreed time of day (08:00), or null
 */
record AssignmentSummary(Assignment assignment, Template template, String days, String time) {

	public String title() {
		return this.assignment.title();
	}

}
