package org.inclusivecities.platform.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The communication plan: audiences, messages and channels. */
public record Communication(List<CommunicationRow> entries) implements PartContent {

	public static final Communication EMPTY = new Communication(List.of());

	public Communication {
		entries = Rows.limit("rows", entries, 100);
	}

	public Communication with(CommunicationRow row) {
		List<CommunicationRow> all = new ArrayList<>(entries);
		all.add(row);
		return new Communication(all);
	}

	public Communication without(int index) {
		List<CommunicationRow> all = new ArrayList<>(entries);
		if (index >= 0 && index < all.size()) {
			all.remove(index);
		}
		return new Communication(all);
	}

	public long audiences() {
		return entries.stream().map(r -> r.audience().toLowerCase(java.util.Locale.ROOT)).distinct().count();
	}

	@Override
	public List<Map<String, String>> rows() {
		return entries.stream()
			.map(r -> Rows.row("audience", r.audience(), "message", r.message(), "channel", r.channel(), "owner",
					r.owner(), "timing", r.timing()))
			.toList();
	}

}
