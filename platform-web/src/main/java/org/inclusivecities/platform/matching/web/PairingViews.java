package org.inclusivecities.platform.matching.web;

import java.util.List;

import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.directory.MemberDirectory;
import org.inclusivecities.platform.matching.Pairing;
import org.inclusivecities.platform.matching.PeerLearning;

import org.springframework.stereotype.Component;

/** Pairings of a city as its workspace shows them, the other city named from the directory. */
@Component
class PairingViews {

	private final PeerLearning peerLearning;

	private final MemberDirectory directory;

	PairingViews(PeerLearning peerLearning, MemberDirectory directory) {
		this.peerLearning = peerLearning;
		this.directory = directory;
	}

	List<PairingView> of(String cityId) {
		return peerLearning.of(cityId).stream().map(p -> view(cityId, p)).toList();
	}

	PairingView view(String cityId, Pairing pairing) {
		City other = directory.findById(pairing.otherCityId(cityId)).orElse(null);
		return new PairingView(pairing, other == null ? "" : other.getName(), other == null ? null : other.getSlug(),
				other == null ? List.of() : other.getLanguages(),
				pairing.isMentor(cityId), pairing.waitingFor(cityId), pairing.getAskingCityId().equals(cityId),
				pairing.shownBy(cityId));
	}

}
