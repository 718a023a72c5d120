package org.inclusivecities.platform.plan.web;

import java.util.Map;

import org.inclusivecities.platform.people.Role;
import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanTeamwork;
import org.inclusivecities.platform.plan.web.Forms.CommentForm;
import org.inclusivecities.platform.plan.web.Forms.TaskForm;
import org.inclusivecities.platform.tenancy.CityWorkspace;
import org.inclusivecities.platform.tenancy.NotAMember;
import org.inclusivecities.platform.tenancy.RequiresRole;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comments and tasks on every part of the plan, for its council members and admins: a comment for the others, a
 * task for one of them with a due date (mailed to them, on their "waiting for you" list), marked done by anyone.
 */
@Controller
@RequestMapping("/my/cities/{slug}/plan/{part:council|mission|goals|baseline|activities|kickoff|communication}")
class PlanTeamworkController {

	private final PlanTeamwork teamwork;

	private final MessageSource messages;

	PlanTeamworkController(PlanTeamwork teamwork, MessageSource messages) {
		this.teamwork = teamwork;
		this.messages = messages;
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/comments")
	String comment(CityWorkspace workspace, @PathVariable("part") String slug,
			@ModelAttribute("commentForm") CommentForm form, BindingResult errors,
			RedirectAttributes redirect) {
		PlanPart part = part(slug);
		try {
			teamwork.comment(workspace.cityId(), part, form.commentText(), PlanWeb.editor(workspace));
		}
		catch (InvalidPlanContent ex) {
			PlanWeb.reject(errors, ex);
			return again(workspace, part, "commentForm", form, errors, redirect, "#comments");
		}
		return done(workspace, part, "plan.comment.saved", redirect, "#comments");
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/tasks")
	String assign(CityWorkspace workspace, @PathVariable("part") String slug, @ModelAttribute("taskForm") TaskForm form,
			BindingResult errors, RedirectAttributes redirect) {
		PlanPart part = part(slug);
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				teamwork.assign(workspace.cityId(), workspace.city().getName(), part, form.taskTitle(),
						form.taskAssignee(), Parse.date("taskDueBy", form.taskDueBy()), PlanWeb.editor(workspace),
						PlanWeb.base(workspace) + "/" + part.slug() + "#tasks");
				return done(workspace, part, "plan.task.saved", redirect, "#tasks");
			}
			catch (InvalidPlanContent ex) {
				PlanWeb.reject(errors, ex);
			}
		}
		return again(workspace, part, "taskForm", form, errors, redirect, "#tasks");
	}

	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/tasks/{taskId}/done")
	String markDone(CityWorkspace workspace, @PathVariable("part") String slug, @PathVariable String taskId,
			RedirectAttributes redirect) {
		PlanPart part = part(slug);
		teamwork.done(workspace.cityId(), taskId, PlanWeb.editor(workspace));
		return done(workspace, part, "plan.task.doneSaved", redirect, "#tasks");
	}

	/**
	 * Gives an open task to someone else who works on the plan (shown for a task whose assignee left). A choice that
	 * is not (or no longer) valid comes back as the error of that task's row.
	 */
	@RequiresRole({ Role.CITY_ADMIN, Role.COUNCIL_MEMBER })
	@PostMapping("/tasks/{taskId}/assignee")
	String reassign(CityWorkspace workspace, @PathVariable("part") String slug, @PathVariable String taskId,
			@RequestParam(name = "reassignTo", required = false) String assigneeId, RedirectAttributes redirect) {
		PlanPart part = part(slug);
		try {
			teamwork.reassign(workspace.cityId(), workspace.city().getName(), taskId, assigneeId,
					PlanWeb.editor(workspace), PlanWeb.base(workspace) + "/" + part.slug() + "#tasks");
		}
		catch (InvalidPlanContent ex) {
			redirect.addFlashAttribute("reassignError", Map.of("taskId", taskId, "message",
					messages.getMessage(ex.messageKey(), ex.args(), LocaleContextHolder.getLocale())));
			return "redirect:" + PlanWeb.base(workspace) + "/" + part.slug() + "#task-" + taskId;
		}
		return done(workspace, part, "plan.task.reassigned", redirect, "#tasks");
	}

	/**
	 * Back to the part's page with the form as it was sent and its field errors: the page is drawn by the part's own
	 * controller (which knows what else the page needs), so the errors travel as flash attributes.
	 */
	private static String again(CityWorkspace workspace, PlanPart part, String name, Object form, BindingResult errors,
			RedirectAttributes redirect, String anchor) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
		return "redirect:" + PlanWeb.base(workspace) + "/" + part.slug() + anchor;
	}

	private String done(CityWorkspace workspace, PlanPart part, String key, RedirectAttributes redirect,
			String anchor) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:" + PlanWeb.base(workspace) + "/" + part.slug() + anchor;
	}

	private static PlanPart part(String slug) {
		return PlanPart.fromSlug(slug).orElseThrow(NotAMember::new);
	}

}
