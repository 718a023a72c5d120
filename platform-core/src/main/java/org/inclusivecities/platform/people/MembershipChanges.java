package org.inclusivecities.platform.people;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The audit trail of a city's members, city-scoped. */
public interface MembershipChanges extends Repository<MembershipChange, String> {

	MembershipChange save(MembershipChange change);

	List<MembershipChange> findTop50ByCityIdOrderByAtDesc(String cityId);

}
