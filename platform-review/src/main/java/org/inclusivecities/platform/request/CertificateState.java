package org.inclusivecities.platform.request;

import java.time.LocalDate;

/**
 * What a certificate is today. One rule for the verification page, its PDF, SVG and JSON and the "accredited" badge,
 * so they agree at every step: revoked, else replaced (an appeal's new decision took its place), else expired (after
 * its last day), else suspended (the city appealed the decision, which is reviewed again), else valid.
 */
public enum CertificateState {

	VALID, SUSPENDED, EXPIRED, REPLACED, REVOKED;

	/** The state of the request's certificate with this code (the standing decision's or a replaced one's). */
	static CertificateState of(AccreditationRequest request, String code, LocalDate today) {
		if (request.revocation(code).isPresent()) {
			return REVOKED;
		}
		Decision standing = request.getDecision();
		if (standing == null || !code.equals(standing.certificateCode())) {
			return REPLACED;
		}
		if (today.isAfter(standing.validUntil())) {
			return EXPIRED;
		}
		return request.getStatus() == RequestStatus.DECIDED ? VALID : SUSPENDED;
	}

	/** Whether the request's standing decision gives the city a valid certificate today (the badge's rule). */
	static boolean validNow(AccreditationRequest request, LocalDate today) {
		Decision standing = request.getDecision();
		return standing != null && standing.accredits() && standing.certificateCode() != null
				&& of(request, standing.certificateCode(), today) == VALID;
	}

}
