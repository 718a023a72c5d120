package org.inclusivecities.platform.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.inclusivecities.platform.plan.InvalidPlanContent;
import org.inclusivecities.platform.plan.PartContent;
import org.inclusivecities.platform.plan.PlanPart;

/**
 * One list of rows of a plan part, as the row pages change it: {@code rows} reads the list from the part,
 * {@code withRows} puts a changed list back, {@code form} fills the row's form (for "Change" and "Undo"),
 * {@code name} says which row it is (a text, or a message to resolve, as a sector); {@code path} is the list's address under the plan and
 * {@code noun} the message key suffix of what a row is ({@code plan.rows.noun.<noun>}).
 */
record RowList<C extends PartContent, R>(PlanPart part, String path, String noun, Function<C, List<R>> rows,
		BiFunction<C, List<R>, C> withRows, Function<R, Record> form, Function<R, Object> name) {

	/** The row at {@code index}; a row that is not there (any more) is refused on the form, not a 500. */
	R row(C content, int index) {
		List<R> all = rows.apply(content);
		if (index < 0 || index >= all.size()) {
			throw new InvalidPlanContent("index", "plan.rows.gone");
		}
		return all.get(index);
	}

	boolean has(C content, Integer index) {
		return index != null && index >= 0 && index < rows.apply(content).size();
	}

	C replaced(C content, int index, R row) {
		row(content, index);
		List<R> all = new ArrayList<>(rows.apply(content));
		all.set(index, row);
		return withRows.apply(content, all);
	}

	C without(C content, int index) {
		row(content, index);
		List<R> all = new ArrayList<>(rows.apply(content));
		all.remove(index);
		return withRows.apply(content, all);
	}

	/** Puts a removed row back where it was. */
	C inserted(C content, int index, R row) {
		List<R> all = new ArrayList<>(rows.apply(content));
		if (index < 0 || index > all.size()) {
			throw new InvalidPlanContent("index", "plan.rows.gone");
		}
		all.add(index, row);
		return withRows.apply(content, all);
	}

}
