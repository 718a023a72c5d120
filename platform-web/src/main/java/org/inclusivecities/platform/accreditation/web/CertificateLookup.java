package org.inclusivecities.platform.accreditation.web;

import java.util.Optional;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.refusal.NotFound;
import org.inclusivecities.platform.request.Certificates;

import org.springframework.stereotype.Component;

/** A certificate by its code, with its city, for every public representation; unknown codes are empty. */
@Component
class CertificateLookup {

	private final Certificates certificates;

	private final Cities cities;

	CertificateLookup(Certificates certificates, Cities cities) {
		this.certificates = certificates;
		this.cities = cities;
	}

	Optional<Certificate> find(String code) {
		return certificates.verify(code == null ? null : code.strip())
			.flatMap(view -> cities.findById(view.cityId()).map(city -> new Certificate(view, city.getName(), city.getSlug())));
	}

	/** As {@link #find(String)}, an unknown code refused as not found (404 page or problem). */
	Certificate get(String code) {
		return find(code).orElseThrow(UnknownCertificate::new);
	}

	/** No certificate was ever issued with this code. */
	static class UnknownCertificate extends NotFound {

		UnknownCertificate() {
			super("No accreditation with this code");
		}

	}

}
