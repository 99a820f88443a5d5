package org.bridgework.identity;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's two-step sign-in page: which admins and clinicians have it on, and
 * resetting it for one of them after a confirmation.
 */
@Controller
class TwoStepResetPageController {

	private final TwoStepResets resets;

	TwoStepResetPageController(TwoStepResets resets) {
		this.resets = resets;
	}

	@GetMapping("/admin/two-step")
	String staff(CurrentUser admin, @RequestParam(required = false) String reset, Model model) {
		model.addAttribute("staff", this.resets.staff(admin));
		model.addAttribute("reset", reset != null);
		return "identity/two-step-staff";
	}

	@GetMapping("/admin/two-step/{accountId}/reset")
	String confirm(CurrentUser admin, @PathVariable UUID accountId, Model model) {
		model.addAttribute("member", this.resets.staffMember(admin, accountId));
		return "identity/two-step-reset";
	}

	@PostMapping("/admin/two-step/{accountId}/reset")
	String reset(CurrentUser admin, @PathVariable UUID accountId) {
		this.resets.reset(admin, accountId);
		return "redirect:/admin/two-step?reset";
	}

}
