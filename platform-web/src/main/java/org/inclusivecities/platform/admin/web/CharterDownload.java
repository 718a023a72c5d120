package org.inclusivecities.platform.admin.web;

import java.io.IOException;

import org.inclusivecities.platform.join.ApplicationNotFound;
import org.inclusivecities.platform.join.Charters;
import org.inclusivecities.platform.join.CityApplication;
import org.inclusivecities.platform.join.NetworkApplications;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The signed charter of an application, as a download (never shown inline). */
@Controller
class CharterDownload {

	private final NetworkApplications applications;

	private final Charters charters;

	CharterDownload(NetworkApplications applications, Charters charters) {
		this.applications = applications;
		this.charters = charters;
	}

	@GetMapping("/admin/applications/{id}/charter")
	ResponseEntity<Resource> charter(@PathVariable String id) throws IOException {
		CityApplication application = applications.get(id);
		Charters.Charter charter = charters.find(application.getCharterFileId())
			.orElseThrow(() -> new ApplicationNotFound(id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(charter.length())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(charter.filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(charter.open()));
	}

}
