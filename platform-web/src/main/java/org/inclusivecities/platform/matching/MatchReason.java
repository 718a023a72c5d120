package org.inclusivecities.platform.matching;

import java.util.List;

/**
 * Why a recommendation was made, in words: a message key ({@code matching.reason.*}) with its arguments (texts, numbers,
 * or message resolvables such as a sector's name), rendered in the reader's language.
 */
public record MatchReason(String key, List<Object> args) {

	public MatchReason {
		args = List.copyOf(args);
	}

	static MatchReason of(String key, Object... args) {
		return new MatchReason(key, List.of(args));
	}

}
