package org.inclusivecities.platform.accreditation.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data: any system checks a certificate code, as the verification page does (the same public view). */
@RestController
@RequestMapping("/api/v1/accreditations")
@Tag(name = "Accreditations", description = "Verification of accreditation certificates")
class CertificateApiController {

	private static final String PROBLEM = "application/problem+json";

	private final CertificateLookup lookup;

	CertificateApiController(CertificateLookup lookup) {
		this.lookup = lookup;
	}

	@GetMapping("/{code}")
	@Operation(summary = "Verify a certificate",
			description = "What a certificate is today: valid, suspended (the city appealed the decision), expired, "
					+ "replaced (by the certificate of an appeal's new decision) or revoked.")
	@ApiResponse(responseCode = "200", description = "The certificate")
	@ApiResponse(responseCode = "404", description = "No certificate was issued with this code",
			content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Verification> verify(
			@Parameter(description = "The certificate's verification code (20 letters and digits, any case)",
					example = "K7M2Q9X4HTR8WN3PB6CZ") @PathVariable String code) {
		Certificate c = lookup.get(code);
		return ResponseEntity.ok()
			.cacheControl(CertificateController.PUBLIC)
			.body(new Verification(c.code(), new City(c.cityName(), c.citySlug()),
					c.state().name().toLowerCase(Locale.ROOT), c.since(), c.decidedOn(), c.validUntil(), c.replacedBy(),
					c.conditions().size()));
	}

	/** A certificate as other systems read it. */
	@Schema(name = "CertificateVerification")
	record Verification(@Schema(description = "The verification code, upper case") String code, City city,
			@Schema(allowableValues = { "valid", "suspended", "expired", "replaced", "revoked" }) String state,
			@Schema(description = "Since when the certificate is in its state (the day it expired, was suspended by an "
					+ "appeal, replaced or revoked); null while valid", nullable = true) LocalDate stateSince,
			@Schema(description = "The day of the decision") LocalDate decisionDate,
			@Schema(description = "The last day of validity") LocalDate validUntil,
			@Schema(description = "The code of the certificate an appeal's new decision replaced this one with; null "
					+ "when none (or the new decision did not accredit)", nullable = true) String replacedBy,
			@Schema(description = "How many conditions the accreditation has") int conditionsCount) {
	}

	/** The accredited city. */
	@Schema(name = "CertificateCity")
	record City(String name, @Schema(description = "The city's address on the site: /cities/{slug}") String slug) {
	}

}
