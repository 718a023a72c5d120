package org.inclusivecities.platform.accreditation.reviewer;

import org.inclusivecities.platform.accreditation.web.EvidenceResponses;
import org.inclusivecities.platform.request.EvidenceDownloads;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A request's evidence for its reviewers who accepted (or submitted) in the current round; anyone else: 404. */
@Controller
class ReviewerEvidenceController {

	private final EvidenceDownloads downloads;

	ReviewerEvidenceController(EvidenceDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/my/reviews/{requestId}/evidence/{fileId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@PathVariable String fileId) {
		return EvidenceResponses.of(downloads.forReviewer(me.personId(), requestId, fileId));
	}

}
