package org.inclusivecities.platform.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfileSection;

import org.springframework.stereotype.Component;

/** A city's accepted pairings on its public profile: only those both cities chose to show. */
@Component
class PairingProfileSection implements CityProfileSection {

	private final PairingViews views;

	PairingProfileSection(PairingViews views) {
		this.views = views;
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public String template() {
		return "matching/profile-section";
	}

	@Override
	public Optional<Map<String, Object>> contribute(City city, Locale locale) {
		List<PairingView> shown = views.of(city.getId())
			.stream()
			.filter(p -> p.pairing().isPublic() && p.otherSlug() != null)
			.toList();
		return shown.isEmpty() ? Optional.empty() : Optional.of(Map.of("pairings", shown));
	}

}
