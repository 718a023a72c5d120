package org.inclusivecities.platform.people;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Who changed whose membership of a city, how and when: the audit trail of a city's members. */
@Document("membershipChanges")
@CompoundIndex(name = "city_at", def = "{'cityId': 1, 'at': -1}")
public record MembershipChange(@Id String id, String cityId, String personId, Kind kind, Set<Role> roles,
		String actorId, Instant at) {

	/** What happened. */
	public enum Kind {
		INVITED, JOINED, ROLES_CHANGED, REMOVED, DECLINED
	}

	static MembershipChange of(String cityId, String personId, Kind kind, Set<Role> roles, String actorId,
			Instant at) {
		return new MembershipChange(null, cityId, personId, kind, Set.copyOf(roles), actorId, at);
	}

}
