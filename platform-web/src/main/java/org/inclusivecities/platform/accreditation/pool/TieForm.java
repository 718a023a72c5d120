package org.inclusivecities.platform.accreditation.pool;

/** A tie the city declares with another city of the network: which city and what kind of tie. */
record TieForm(String cityId, String kind) {

	static TieForm empty() {
		return new TieForm("", "");
	}

}
