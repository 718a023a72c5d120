package org.inclusivecities.platform.accreditation.web;

import java.time.LocalDate;
import java.util.List;

import org.inclusivecities.platform.request.CertificateState;
import org.inclusivecities.platform.request.Certificates.PublicCertificate;
import org.inclusivecities.platform.request.Certificates.PublicCondition;
import org.inclusivecities.platform.scoring.Recommendation;

/**
 * What the public may see of a certificate, with its city's name and address: the one view the page, the PDF, the
 * SVG badge and the JSON render. No reviewer, no reviewer's city.
 */
record Certificate(PublicCertificate view, String cityName, String citySlug) {

	public String code() {
		return view.code();
	}

	public Recommendation outcome() {
		return view.outcome();
	}

	public LocalDate decidedOn() {
		return view.decidedOn();
	}

	public LocalDate validUntil() {
		return view.validUntil();
	}

	public CertificateState state() {
		return view.state();
	}

	/** Since when it is in its state: the day it expired, was replaced, revoked, or appealed; null while valid. */
	public LocalDate since() {
		return view.since();
	}

	public String replacedBy() {
		return view.replacedBy();
	}

	public String replaces() {
		return view.replaces();
	}

	public String publicReason() {
		return view.publicReason();
	}

	public List<PublicCondition> conditions() {
		return view.conditions();
	}

	public boolean valid() {
		return view.state() == CertificateState.VALID;
	}

}
