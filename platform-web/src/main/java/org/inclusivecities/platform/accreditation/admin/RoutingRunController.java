package org.inclusivecities.platform.accreditation.admin;

import java.util.Locale;

import org.inclusivecities.platform.request.RoutingRun;
import org.inclusivecities.platform.request.RoutingRuns;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A routing run the secretariat started, followed while it routes in the background: a status region (announced
 * politely to screen readers) with the solver's latest step, refreshed by a small script or by the "Check progress"
 * button without one, and a button that cancels it; once it is over, the outcome and the proposals.
 */
@Controller
@RequestMapping("/admin/accreditation/routing/{runId}")
class RoutingRunController {

	private final RoutingRuns runs;

	private final ProposalModel proposals;

	RoutingRunController(RoutingRuns runs, ProposalModel proposals) {
		this.runs = runs;
		this.proposals = proposals;
	}

	@GetMapping
	String run(@PathVariable String runId, @AuthenticationPrincipal PlatformPrincipal principal, Model model,
			Locale locale) {
		RoutingRun run = runs.run(principal.personId(), runId);
		model.addAttribute("run", run);
		if (run.state() == RoutingRun.State.DONE) {
			proposals.fill(run.result().orElseThrow(), model, locale);
			return "accreditation/admin/proposal";
		}
		model.addAttribute("state", run.state().name());
		model.addAttribute("step", run.latest().orElse(null));
		// "staff-optimal", "cost-stopped": the phase is what comes before the dash
		model.addAttribute("phase", run.latest().map(s -> s.phase().split("-")[0]).orElse(""));
		return "accreditation/admin/routing-run";
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable String runId, @AuthenticationPrincipal PlatformPrincipal principal) {
		runs.cancel(principal.personId(), runId);
		return "redirect:/admin/accreditation/routing/" + runId;
	}

}
