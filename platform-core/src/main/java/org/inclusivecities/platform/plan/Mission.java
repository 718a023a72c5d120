package org.inclusivecities.platform.plan;

import java.util.List;
import java.util.Map;

/** Why the city does this (mission) and where it wants to be (vision). */
public record Mission(String mission, String vision) implements PartContent {

	public static final Mission EMPTY = new Mission(null, null);

	public Mission {
		mission = Texts.clean("mission", mission, Texts.LONG);
		vision = Texts.clean("vision", vision, Texts.LONG);
	}

	@Override
	public List<Map<String, String>> rows() {
		return java.util.stream.Stream.of(Rows.row("mission", mission), Rows.row("vision", vision))
			.filter(r -> !r.isEmpty())
			.toList();
	}

}
