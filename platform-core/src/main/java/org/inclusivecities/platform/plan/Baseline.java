package org.inclusivecities.platform.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The "startfoto": existing practices and gaps per sector, and the map of stakeholders. */
public record Baseline(List<Practice> practices, List<Stakeholder> stakeholders) implements PartContent {

	public static final Baseline EMPTY = new Baseline(List.of(), List.of());

	public Baseline {
		practices = Rows.limit("practices", practices, 100);
		stakeholders = Rows.limit("stakeholders", stakeholders, 200);
	}

	public Baseline with(Practice practice) {
		List<Practice> all = new ArrayList<>(practices);
		all.add(practice);
		return new Baseline(all, stakeholders);
	}

	public Baseline with(Stakeholder stakeholder) {
		List<Stakeholder> all = new ArrayList<>(stakeholders);
		all.add(stakeholder);
		return new Baseline(practices, all);
	}

	public Baseline withoutPractice(int index) {
		List<Practice> all = new ArrayList<>(practices);
		if (index >= 0 && index < all.size()) {
			all.remove(index);
		}
		return new Baseline(all, stakeholders);
	}

	public Baseline withoutStakeholder(int index) {
		List<Stakeholder> all = new ArrayList<>(stakeholders);
		if (index >= 0 && index < all.size()) {
			all.remove(index);
		}
		return new Baseline(practices, all);
	}

	@Override
	public List<Map<String, String>> rows() {
		return Stream.concat(
				practices.stream()
					.map(p -> Rows.row("sector", p.sector(), "existing", p.existing(), "gaps", p.gaps())),
				stakeholders.stream()
					.map(s -> Rows.row("organisation", s.organisation(), "sector", s.sector(), "role", s.role(),
							"influence", s.influence(), "interest", s.interest(), "engagement", s.engagement())))
			.toList();
	}

}
