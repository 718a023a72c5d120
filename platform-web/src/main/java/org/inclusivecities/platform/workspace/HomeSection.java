package org.inclusivecities.platform.workspace;

import java.util.List;

/**
 * What a feature shows on a home page: a heading (message key) linking to the feature's own page, and its lines.
 * {@code id} names the section in the page ({@code id="section-…"}).
 */
public record HomeSection(String id, String titleKey, String href, List<HomeLine> lines) {

	public HomeSection {
		lines = List.copyOf(lines);
	}

	public long waitingCount() {
		return lines.stream().filter(HomeLine::waiting).count();
	}

}
