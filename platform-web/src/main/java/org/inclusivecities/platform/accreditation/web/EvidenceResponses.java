package org.inclusivecities.platform.accreditation.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.inclusivecities.platform.request.EvidenceDownloads.Download;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as a download: always an attachment (a PDF or image never runs in the site's origin), with
 * the type detected at upload, a file name from its title, and no caching outside the asker's browser.
 */
public final class EvidenceResponses {

	private EvidenceResponses() {
	}

	public static ResponseEntity<byte[]> of(Download download) {
		String base = download.file().title().replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
		String name = (base.isEmpty() ? "evidence" : base) + "." + download.file().extension();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate().noStore())
			.body(download.content());
	}

}
