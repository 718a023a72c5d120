package org.inclusivecities.platform.plan;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One recorded consent of a council member to be named: by whom it was given (the name as the member agreed to it),
 * on which date, for which scope and on which basis, recorded by whom and when; and when and by whom it was withdrawn.
 * Records are never changed except to be withdrawn; a member's latest record is their consent now.
 */
@Document(CouncilConsent.COLLECTION)
@CompoundIndex(name = "city_member_recorded", def = "{ 'cityId': 1, 'memberId': 1, 'recordedAt': -1 }")
public record CouncilConsent(@Id String id, String cityId, String memberId, String givenBy, CouncilConsentScope scope,
		ConsentBasis basis, LocalDate givenOn, String recordedById, String recordedByName, Instant recordedAt,
		Instant withdrawnAt, String withdrawnById, String withdrawnByName) {

	static final String COLLECTION = "council_consents";

	static CouncilConsent given(String cityId, CouncilMember member, CouncilConsentScope scope, ConsentBasis basis,
			LocalDate givenOn, Editor recordedBy, Instant at) {
		return new CouncilConsent(null, cityId, member.id(), member.name(), scope, basis, givenOn,
				recordedBy.personId(), recordedBy.displayName(), at, null, null, null);
	}

	public boolean isWithdrawn() {
		return withdrawnAt != null;
	}

	/** The scope in force: none once withdrawn. */
	public boolean allowsPublic() {
		return !isWithdrawn() && scope.showsPublicly();
	}

	/** Whether the network's reviewers may read the name (public consent includes the network). */
	public boolean allowsNetwork() {
		return !isWithdrawn();
	}

}
