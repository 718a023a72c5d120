package org.inclusivecities.platform.workspace;

import java.util.Comparator;
import java.util.List;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.people.Membership;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Everything waiting for a person: every registered {@link WaitingItems}' items, soonest due first. */
@Component
public class WaitingList {

	private static final Comparator<WaitingItem> ORDER = Comparator
		.comparing(WaitingItem::dueBy, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(WaitingItem::place, String.CASE_INSENSITIVE_ORDER);

	private final ObjectProvider<WaitingItems> providers;

	private final Cities cities;

	WaitingList(ObjectProvider<WaitingItems> providers, Cities cities) {
		this.providers = providers;
		this.cities = cities;
	}

	public List<WaitingItem> of(Person person) {
		List<String> ids = person.getMemberships().stream().map(Membership::cityId).toList();
		List<CityWorkspace> workspaces = ids.isEmpty() ? List.of()
				: cities.findAllByIdIn(ids)
					.stream()
					.flatMap(city -> person.membershipIn(city.getId())
						.map(m -> new CityWorkspace(city, person, m))
						.stream())
					.toList();
		return providers.orderedStream().flatMap(p -> p.waitingFor(person, workspaces).stream()).sorted(ORDER).toList();
	}

}
