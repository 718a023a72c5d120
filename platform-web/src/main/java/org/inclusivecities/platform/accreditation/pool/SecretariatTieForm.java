package org.inclusivecities.platform.accreditation.pool;

/** A tie the secretariat records between two cities of the network, on behalf of the first. */
record SecretariatTieForm(String tieCity, String tieOther, String tieKind) {

	static SecretariatTieForm empty() {
		return new SecretariatTieForm("", "", "");
	}

}
