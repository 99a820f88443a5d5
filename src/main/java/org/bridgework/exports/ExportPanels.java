package org.bridgework.exports;

import jakarta.servlet.http.HttpServletRequest;
import org.bridgework.caseload.CareTeam;
import org.bridgework.caseload.ClientAccess;
import org.bridgework.caseload.ClientPagePanels;
import org.bridgework.identity.CurrentUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Adds the download links to two pages of the homework module without that module knowing
 * of this one: "Download the record" on the clinician's client page ({@code exportForm})
 * and "Download my record" on the client's Today page ({@code myDataLink}).
 */
@Configuration
class ExportPanels extends ClientPagePanels {

	ExportPanels(CareTeam careTeam) {
		super(careTeam, "view-export-links");
	}

	@Override
	protected void onClientPage(ClientAccess access, HttpServletRequest request, ModelAndView view) {
		if (access.isCovering()) {
			// Covering is for the care in the meantime, not for taking a copy away.
			return;
		}
		view.addObject("exportForm", new Form("/clients/" + access.clientId() + "/export", request.getParameter("from"),
				request.getParameter("to"), request.getParameter(ExportPageController.BAD_RANGE) != null));
	}

	@Override
	protected void onToday(CurrentUser client, ModelAndView view) {
		view.addObject("myDataLink", Boolean.TRUE);
	}

	/**
	 * The date-range form with its two download buttons.
	 *
	 * @param base the downloads' path without ".pdf", ".zip" or ".json"
	 * @param badRange whether the dates sent last did not make a range
	 */
	record Form(String base, String from, String to, boolean badRange) {

		public String pdf() {
			return this.base + ".pdf";
		}

		public String zip() {
			return this.base + ".zip";
		}

		public String json() {
			return this.base + ".json";
		}

	}

}
