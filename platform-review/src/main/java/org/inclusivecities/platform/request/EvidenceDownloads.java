package org.inclusivecities.platform.request;

import org.springframework.stereotype.Service;

/**
 * Who may download a request's evidence: the requesting city's members, the reviewers who accepted a seat of the
 * request's current round (the ones who see the frozen plan; a proposed, invited, declined or expired seat does
 * not count) and the secretariat. Anyone else, and any file not frozen into that request, gets
 * {@link EvidenceNotFound} (or the surface's own not-found refusal).
 */
@Service
public class EvidenceDownloads {

	private final AccreditationRequests cityRequests;

	private final ReviewInvitations invitations;

	private final RequestsInReview requests;

	private final Secretariat secretariat;

	private final EvidenceFiles files;

	EvidenceDownloads(AccreditationRequests cityRequests, ReviewInvitations invitations, RequestsInReview requests,
			Secretariat secretariat, EvidenceFiles files) {
		this.cityRequests = cityRequests;
		this.invitations = invitations;
		this.requests = requests;
		this.secretariat = secretariat;
		this.files = files;
	}

	/** A file with its bytes. */
	public record Download(EvidenceFile file, byte[] content) {
	}

	/** The evidence one of the city's requests carries (requests without evidence left out), newest first. */
	public record RequestEvidence(String requestId, java.time.Instant submittedAt, java.util.List<EvidenceFile> files) {
	}

	public java.util.List<RequestEvidence> ofCity(String cityId) {
		return cityRequests.findAllByCityIdOrderBySubmittedAtDesc(cityId)
			.stream()
			.filter(r -> !r.getSnapshot().evidence().isEmpty())
			.map(r -> new RequestEvidence(r.getId(), r.getSubmittedAt(), r.getSnapshot().evidence()))
			.toList();
	}

	/** For a member of the requesting city (the caller resolved the membership). */
	public Download forCity(String cityId, String requestId, String fileId) {
		return download(cityRequests.findByCityIdAndId(cityId, requestId).orElseThrow(() -> new EvidenceNotFound(fileId)),
				fileId);
	}

	public Download forReviewer(String personId, String requestId, String fileId) {
		AccreditationRequest request = invitations.of(personId)
			.stream()
			.filter(r -> r.getId().equals(requestId))
			.findFirst()
			.orElseThrow(() -> new EvidenceNotFound(fileId));
		boolean reviewing = request.currentSeats()
			.stream()
			.anyMatch(s -> s.reviewerId().equals(personId)
					&& (s.status() == SeatStatus.ACCEPTED || s.status() == SeatStatus.SUBMITTED));
		if (!reviewing) {
			throw new EvidenceNotFound(fileId);
		}
		return download(request, fileId);
	}

	public Download forSecretariat(String actorId, String requestId, String fileId) {
		secretariat.require(actorId);
		return download(requests.byId(requestId).orElseThrow(() -> new EvidenceNotFound(fileId)), fileId);
	}

	private Download download(AccreditationRequest request, String fileId) {
		EvidenceFile file = request.getSnapshot().evidenceFile(fileId).orElseThrow(() -> new EvidenceNotFound(fileId));
		byte[] content = files.load(request.getCityId(), request.getId(), fileId)
			.orElseThrow(() -> new EvidenceNotFound(fileId));
		return new Download(file, content);
	}

}
