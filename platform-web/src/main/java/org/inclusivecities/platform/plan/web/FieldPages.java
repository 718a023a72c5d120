package org.inclusivecities.platform.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PartContent;
import org.inclusivecities.platform.plan.PlanPart;
import org.inclusivecities.platform.plan.PlanPartConflict;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saving a part edited as one form of fields (mission, kick-off): the save carries the version and the values it
 * started from, so the service merges it field by field with what others saved meanwhile. When both changed a
 * field, the page shows both texts side by side and asks which to keep; until the person chooses, the form keeps
 * the old starting value of that field, so saving it again unchanged is the same conflict, never an overwrite.
 */
@Component
class FieldPages {

	private final PartPages pages;

	private final ActionPlanService plans;

	FieldPages(PartPages pages, ActionPlanService plans) {
		this.pages = pages;
		this.plans = plans;
	}

	<C extends PartContent, F extends Record> String save(CityWorkspace workspace, PlanPart part, long version,
			F form, Function<F, C> toContent, Function<C, F> toForm, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response, HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Class<F> type = (Class<F>) form.getClass();
		Map<String, String> mine = FieldForms.values(form);
		Map<String, String> started = FieldForms.prefixed(request, type, FieldForms.BASE);
		Map<String, String> seen = FieldForms.prefixed(request, type, FieldForms.SEEN);
		List<String> undecided = new ArrayList<>();
		for (Map.Entry<String, String> theirs : seen.entrySet()) {
			String choice = request.getParameter(FieldForms.CHOICE + theirs.getKey());
			if ("theirs".equals(choice)) {
				mine.put(theirs.getKey(), theirs.getValue());
				started.put(theirs.getKey(), theirs.getValue());
			}
			else if ("mine".equals(choice)) {
				started.put(theirs.getKey(), theirs.getValue());
			}
			else {
				undecided.add(theirs.getKey());
			}
		}
		model.addAttribute("started", FieldForms.prefixed(request, type, FieldForms.BASE));
		model.addAttribute("startedVersion", version);
		if (!undecided.isEmpty()) {
			return askAgain(workspace, part, undecided, seen, mine, errors, model, response);
		}
		return pages.attempt(workspace, part, errors, model, redirect, response, editor -> {
			C content = toContent.apply(FieldForms.build(type, mine));
			if (started.isEmpty()) {
				plans.save(workspace.cityId(), part, version, content, editor);
			}
			else {
				plans.merge(workspace.cityId(), part, toContent.apply(FieldForms.build(type, started)), content, editor);
			}
		}, conflict -> showConflict(conflict, type, toForm, mine, started, model));
	}

	/** A conflict page's form saved without choosing, for a clashing field, which text to keep: nothing is saved. */
	private String askAgain(CityWorkspace workspace, PlanPart part, List<String> undecided, Map<String, String> seen,
			Map<String, String> mine, BindingResult errors, Model model, HttpServletResponse response) {
		Map<String, Clash> clashes = new LinkedHashMap<>();
		for (String field : undecided) {
			clashes.put(field, new Clash(seen.get(field), mine.get(field)));
			errors.rejectValue(field, "plan.conflict.choose");
		}
		model.addAttribute("clashes", clashes);
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		return pages.show(workspace, part, model);
	}

	/**
	 * The form after a conflict: the merged content, the saver's text in each clashing field with both texts
	 * beside it, the current version, and as starting values the current ones except in the clashing fields.
	 */
	@SuppressWarnings("unchecked")
	private <C extends PartContent, F extends Record> void showConflict(PlanPartConflict conflict, Class<F> type,
			Function<C, F> toForm, Map<String, String> mine, Map<String, String> started, Model model) {
		Map<String, String> theirs = FieldForms.values(toForm.apply((C) conflict.currentContent()));
		Map<String, String> next = FieldForms.values(toForm.apply((C) conflict.mergedContent()));
		Map<String, String> nextStarted = new LinkedHashMap<>(theirs);
		List<String> fields = conflict.conflictingFields().isEmpty()
				? theirs.keySet().stream().filter(f -> !Objects.equals(theirs.get(f), mine.get(f))).toList()
				: conflict.conflictingFields();
		Map<String, Clash> clashes = new LinkedHashMap<>();
		for (String field : fields) {
			clashes.put(field, new Clash(theirs.get(field), mine.get(field)));
			next.put(field, mine.get(field));
			nextStarted.put(field, started.getOrDefault(field, theirs.get(field)));
		}
		BindingResult result = new DataBinder(FieldForms.build(type, next), "form").getBindingResult();
		model.addAttribute("form", result.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
		model.addAttribute("started", nextStarted);
		model.addAttribute("clashes", clashes);
		model.addAttribute("startedVersion", conflict.currentVersion());
		model.addAttribute("conflict", conflict);
	}

}
