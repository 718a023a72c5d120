package org.inclusivecities.platform.accreditation.web;

import org.inclusivecities.platform.refusal.NotFound;

import java.util.Locale;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.request.Decisions;
import org.inclusivecities.platform.request.Decisions.Verification;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Public verification of an accreditation certificate by its code: valid or expired, for which city and until
 * when. It never shows who reviewed the city. Unknown codes are 404.
 */
@Controller
class CertificateController {

	private final Decisions decisions;

	private final Cities cities;

	private final CertificatePdf pdf;

	CertificateController(Decisions decisions, Cities cities, CertificatePdf pdf) {
		this.decisions = decisions;
		this.cities = cities;
		this.pdf = pdf;
	}

	@GetMapping("/accreditations/{code}")
	String verify(@PathVariable String code, Model model) {
		Certificate certificate = certificate(code);
		model.addAttribute("certificate", certificate);
		return "accreditation/verify";
	}

	@GetMapping("/accreditations/{code}/certificate.pdf")
	ResponseEntity<byte[]> download(@PathVariable String code, Locale locale) {
		Certificate certificate = certificate(code);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"inline; filename=\"accreditation-" + certificate.code() + ".pdf\"")
			.body(pdf.render(certificate, locale));
	}

	private Certificate certificate(String code) {
		Verification verification = decisions.verify(code).orElseThrow(UnknownCertificate::new);
		City city = cities.findById(verification.cityId()).orElseThrow(UnknownCertificate::new);
		return new Certificate(code.toUpperCase(Locale.ROOT), city.getName(), city.getSlug(), verification.outcome().name(),
				verification.validUntil(), verification.valid());
	}

	static class UnknownCertificate extends NotFound {

		UnknownCertificate() {
			super("No accreditation with this code");
		}

	}

}
