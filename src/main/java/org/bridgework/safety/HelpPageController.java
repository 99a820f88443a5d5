package org.bridgework.safety;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Need help now?": open to everyone, signed in or not, because nobody in a crisis should
 * have to remember a password first.
 */
@Controller
class HelpPageController {

	private final CrisisResources resources;

	HelpPageController(CrisisResources resources) {
		this.resources = resources;
	}

	@GetMapping("/help")
	String help(Model model) {
		model.addAttribute("resources", this.resources.all());
		return "safety/help";
	}

}
