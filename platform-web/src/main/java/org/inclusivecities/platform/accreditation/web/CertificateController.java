package org.inclusivecities.platform.accreditation.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * Public verification of an accreditation certificate by its code: valid, suspended during an appeal, expired,
 * replaced by an appeal's decision (linking to the current one) or revoked, with the date; as a page, a PDF and an
 * embeddable SVG badge. It never shows who reviewed the city. An unknown code has a page of its own (404) with a form
 * to try another; so has the form.
 */
@Controller
class CertificateController {

	/** The badge is the same for everyone (its language is in the URL), as open data is. */
	static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	private final CertificateLookup lookup;

	private final CertificatePdf pdf;

	private final CertificateBadge badge;

	private final MessageSource messages;

	CertificateController(CertificateLookup lookup, CertificatePdf pdf, CertificateBadge badge,
			MessageSource messages) {
		this.messages = messages;
		this.lookup = lookup;
		this.pdf = pdf;
		this.badge = badge;
	}

	/** The form to check a code; with a code, its page. */
	@GetMapping("/accreditations")
	String check(@RequestParam(required = false) String code, Model model, Locale locale,
			HttpServletResponse response) {
		if (code == null) {
			return "accreditation/check";
		}
		if (code.isBlank()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errors",
					Map.of("code", messages.getMessage("review.certificate.check.required", null, locale)));
			return "accreditation/check";
		}
		return "redirect:/accreditations/" + UriUtils.encodePathSegment(code.strip(), StandardCharsets.UTF_8);
	}

	@GetMapping("/accreditations/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		Optional<Certificate> certificate = lookup.find(code);
		if (certificate.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("code", code);
			return "accreditation/unknown";
		}
		model.addAttribute("certificate", certificate.get());
		return "accreditation/verify";
	}

	@GetMapping("/accreditations/{code}/certificate.pdf")
	ResponseEntity<byte[]> download(@PathVariable String code, Locale locale) {
		Certificate certificate = lookup.get(code);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"accreditation-" + certificate.code() + ".pdf\"")
			.body(pdf.render(certificate, locale));
	}

	/** The badge for the city's own website, in the language of {@code lang} (English unless Dutch is asked for). */
	@GetMapping(path = "/accreditations/{code}/badge.svg", produces = "image/svg+xml")
	ResponseEntity<String> badge(@PathVariable String code, @RequestParam(required = false) String lang) {
		Certificate certificate = lookup.get(code);
		Locale locale = "nl".equalsIgnoreCase(lang) ? Locale.of("nl") : Locale.ENGLISH;
		return ResponseEntity.ok()
			.cacheControl(PUBLIC)
			.contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
			.body(badge.render(certificate, locale));
	}

}
