package org.inclusivecities.platform.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The model of a GOV.UK pagination component: previous/next links and page numbers (1-based) with the
 * first, last, current and its neighbours shown and ellipses for the gaps.
 */
public record Pagination(String previous, String next, List<Item> items) {

	public record Item(int number, String href, boolean current, boolean ellipsis) {

		/** The GOV.UK modifier class of the item (Thymeleaf would read a double underscore as preprocessing). */
		public String modifier() {
			return current ? "govuk-pagination__item--current" : ellipsis ? "govuk-pagination__item--ellipses" : "";
		}

	}

	/** {@code page} zero-based; {@code href} gives the link of a zero-based page. */
	public static Pagination of(int page, int totalPages, IntFunction<String> href) {
		List<Item> items = new ArrayList<>();
		boolean gap = false;
		for (int i = 0; i < totalPages; i++) {
			boolean shown = i == 0 || i == totalPages - 1 || Math.abs(i - page) <= 1;
			if (shown) {
				items.add(new Item(i + 1, href.apply(i), i == page, false));
				gap = false;
			}
			else if (!gap) {
				items.add(new Item(0, null, false, true));
				gap = true;
			}
		}
		return new Pagination(page > 0 ? href.apply(page - 1) : null,
				page < totalPages - 1 ? href.apply(page + 1) : null, items);
	}

	public boolean needed() {
		return items.size() > 1;
	}

}
