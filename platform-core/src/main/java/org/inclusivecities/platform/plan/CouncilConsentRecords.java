package org.inclusivecities.platform.plan;

import java.util.List;

import org.springframework.data.repository.Repository;

/** The consent records of a city's council members, newest first. */
interface CouncilConsentRecords extends Repository<CouncilConsent, String> {

	CouncilConsent insert(CouncilConsent consent);

	List<CouncilConsent> findAllByCityIdOrderByRecordedAtDesc(String cityId);

	List<CouncilConsent> findAllByCityIdAndMemberIdOrderByRecordedAtDesc(String cityId, String memberId);

}
