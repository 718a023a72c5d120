package org.inclusivecities.platform.plan.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.inclusivecities.platform.plan.ActionPlanService;
import org.inclusivecities.platform.plan.PartContent;
import org.inclusivecities.platform.plan.PlanPartConflict;
import org.inclusivecities.platform.plan.Section;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A row of a list part changed in place, removed after a confirmation, and put back by "Undo". Every step saves
 * against the version the page showed, so a stale one changes nothing: a change or removal shows the part's clash,
 * an undo says it can no longer be done safely and offers the row to be added again.
 */
@Component
class RowEdits {

	private final ActionPlanService plans;

	private final PartPages pages;

	private final MessageSource messages;

	RowEdits(ActionPlanService plans, PartPages pages, MessageSource messages) {
		this.plans = plans;
		this.pages = pages;
		this.messages = messages;
	}

	<C extends PartContent> C content(CityWorkspace workspace, RowList<C, ?> list) {
		@SuppressWarnings("unchecked")
		C content = (C) plans.draft(workspace.cityId()).section(list.part()).content();
		return content;
	}

	/**
	 * The part as the editor saw it at {@code version}: a stale version is the part's conflict before any row is looked
	 * up, so a row moved or removed by someone else shows their version, not a missing row.
	 */
	private <C extends PartContent> C seen(CityWorkspace workspace, RowList<C, ?> list, long version) {
		Section<? extends PartContent> section = plans.draft(workspace.cityId()).section(list.part());
		if (section.version() != version) {
			throw new PlanPartConflict(list.part(), section);
		}
		@SuppressWarnings("unchecked")
		C content = (C) section.content();
		return content;
	}

	/**
	 * Prepares the part page: the row asked for by {@code edit} as a filled form in its place (the add form then
	 * waits), the row asked for by {@code remove} with its confirmation step. Only for those who may edit.
	 */
	<C extends PartContent, R> void prepare(CityWorkspace workspace, RowList<C, R> list, Integer edit, Integer remove,
			String formName, Record empty, Model model) {
		C content = content(workspace, list);
		boolean editing = workspace.canEditPlan() && list.has(content, edit);
		model.addAttribute(formName, editing ? list.form().apply(list.row(content, edit)) : empty);
		if (editing) {
			model.addAttribute(list.noun() + "Edit", edit);
		}
		if (workspace.canEditPlan() && list.has(content, remove)) {
			model.addAttribute(list.noun() + "Remove", remove);
		}
	}

	/** Saves the changed row in its place, as the editor saw the part at {@code version}. */
	<C extends PartContent, R> String change(CityWorkspace workspace, RowList<C, R> list, long version, int index,
			Supplier<R> row, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (list.has(content(workspace, list), index)) {
			// errors come back on the row's own form; a row that is not there is said on the page's form
			model.addAttribute(list.noun() + "Edit", index);
		}
		return pages.attempt(workspace, list.part(), errors, model, redirect, response,
				editor -> plans.save(workspace.cityId(), list.part(), version,
						list.replaced(seen(workspace, list, version), index, row.get()), editor),
				conflict -> {
					// the row may not be where it was: show their version, keep what was typed in the add form
					model.asMap().remove(list.noun() + "Edit");
					model.addAttribute("conflict", conflict);
					model.addAttribute("changeClash", true);
				});
	}

	/** Removes the confirmed row and offers to undo it on the page it returns to. */
	<C extends PartContent, R> String remove(CityWorkspace workspace, RowList<C, R> list, long version, int index,
			BindingResult errors, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Object[] removed = new Object[1];
		String view = pages.attempt(workspace, list.part(), errors, model, redirect, response, editor -> {
			C current = seen(workspace, list, version);
			R row = list.row(current, index);
			long saved = plans.save(workspace.cityId(), list.part(), version, list.without(current, index), editor)
				.section(list.part())
				.version();
			removed[0] = list.name().apply(row);
			redirect.addFlashAttribute("undoValues", fields(list.form().apply(row)));
			redirect.addFlashAttribute("undoIndex", index);
			redirect.addFlashAttribute("undoVersion", saved);
			redirect.addFlashAttribute("undoAction", PlanWeb.base(workspace) + "/" + list.path() + "/undo");
			redirect.addFlashAttribute("undoName", described(list, removed[0]));
		}, conflict -> model.addAttribute("conflict", conflict));
		if (removed[0] != null) {
			redirect.addFlashAttribute("flash", message("plan.rows.removed", described(list, removed[0])));
		}
		return view;
	}

	/**
	 * Puts a removed row back in its place when nobody changed the part since the removal ({@code version} is the
	 * version the removal made); otherwise refuses (409) and leaves the row in the add form to be added again.
	 */
	<C extends PartContent, R> String undo(CityWorkspace workspace, RowList<C, R> list, long version, int index,
			Supplier<R> row, BindingResult errors, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Object[] name = new Object[1];
		String view = pages.attempt(workspace, list.part(), errors, model, redirect, response, editor -> {
			R back = row.get();
			name[0] = list.name().apply(back);
			plans.save(workspace.cityId(), list.part(), version, list.inserted(seen(workspace, list, version), index, back),
					editor);
		}, conflict -> {
			model.addAttribute("undoRefused", described(list, name[0]));
			model.addAttribute("undoRefusedNoun", list.noun());
		});
		if (view.startsWith("redirect:")) {
			redirect.addFlashAttribute("flash", message("plan.rows.restored", described(list, name[0])));
		}
		return view;
	}

	/** The form's fields as the undo form posts them again: a list field (the aims of an activity) is one per value. */
	static LinkedHashMap<String, ArrayList<String>> fields(Record form) {
		LinkedHashMap<String, ArrayList<String>> fields = new LinkedHashMap<>();
		for (RecordComponent component : form.getClass().getRecordComponents()) {
			ArrayList<String> values = new ArrayList<>();
			try {
				Object value = component.getAccessor().invoke(form);
				if (value instanceof List<?> list) {
					list.forEach(one -> values.add(String.valueOf(one)));
				}
				else if (value != null) {
					values.add(value.toString());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
			fields.put(component.getName(), values);
		}
		return fields;
	}

	private String described(RowList<?, ?> list, Object name) {
		String which = name instanceof MessageSourceResolvable resolvable
				? messages.getMessage(resolvable, LocaleContextHolder.getLocale()) : String.valueOf(name);
		return message("plan.rows.named", message("plan.rows.noun." + list.noun()), which);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
