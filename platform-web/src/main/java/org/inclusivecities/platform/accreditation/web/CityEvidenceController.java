package org.inclusivecities.platform.accreditation.web;

import org.inclusivecities.platform.request.EvidenceDownloads;
import org.inclusivecities.platform.tenancy.CityWorkspace;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The evidence a city sent with its requests, for any member of that city; other cities' files read as not found. */
@Controller
class CityEvidenceController {

	private final EvidenceDownloads downloads;

	CityEvidenceController(EvidenceDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/my/cities/{slug}/accreditation/{requestId}/evidence/{fileId}")
	ResponseEntity<byte[]> download(CityWorkspace workspace, @PathVariable String requestId,
			@PathVariable String fileId) {
		return EvidenceResponses.of(downloads.forCity(workspace.cityId(), requestId, fileId));
	}

}
