package org.inclusivecities.platform.workspace.web;

import java.util.Comparator;

import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.workspace.WorkspaceSection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A city's workspace home: every registered {@link WorkspaceSection} this member's roles reach, in order. */
@Controller
class CityHomeController {

	private final ObjectProvider<WorkspaceSection> sections;

	CityHomeController(ObjectProvider<WorkspaceSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/my/cities/{slug}")
	String home(CityWorkspace workspace, Model model) {
		model.addAttribute("workspace", workspace);
		model.addAttribute("sections", sections.orderedStream()
			.sorted(Comparator.comparingInt(WorkspaceSection::order))
			.flatMap(s -> s.contribute(workspace).stream())
			.toList());
		return "workspace/city";
	}

}
