package org.inclusivecities.platform.accreditation.admin;

import org.inclusivecities.platform.accreditation.web.EvidenceResponses;
import org.inclusivecities.platform.request.EvidenceDownloads;
import org.inclusivecities.platform.security.PlatformPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Any request's evidence, for the secretariat. */
@Controller
class EvidenceDownloadController {

	private final EvidenceDownloads downloads;

	EvidenceDownloadController(EvidenceDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/admin/accreditation/{requestId}/evidence/{fileId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal PlatformPrincipal me, @PathVariable String requestId,
			@PathVariable String fileId) {
		return EvidenceResponses.of(downloads.forSecretariat(me.personId(), requestId, fileId));
	}

}
