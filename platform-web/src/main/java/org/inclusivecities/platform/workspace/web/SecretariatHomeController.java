package org.inclusivecities.platform.workspace.web;

import java.util.Comparator;

import org.inclusivecities.platform.workspace.SecretariatSection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The secretariat's home: every registered {@link SecretariatSection}, in order (only network admins reach /admin). */
@Controller
class SecretariatHomeController {

	private final ObjectProvider<SecretariatSection> sections;

	SecretariatHomeController(ObjectProvider<SecretariatSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/admin")
	String home(Model model) {
		model.addAttribute("sections", sections.orderedStream()
			.sorted(Comparator.comparingInt(SecretariatSection::order))
			.map(SecretariatSection::contribute)
			.toList());
		return "workspace/secretariat";
	}

}
