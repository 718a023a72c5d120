package org.inclusivecities.platform.accreditation.pool;

/**
 * The filters and sort order of the secretariat's network-wide pool page, bound from the query string (null = any):
 * the nominating city's id, a language code, an expertise tag, only reviewers available now, and the order. A value
 * of the wrong type (an unknown sort, {@code available=maybe}) is a field error, never a failure.
 */
record PoolQuery(String city, String language, String expertise, Boolean available, Sort sort) {

	static final PoolQuery ALL = new PoolQuery(null, null, null, null, null);

	/** Name and city sort alphabetically; load puts the least loaded first (who can take another review). */
	enum Sort {

		NAME, CITY, LOAD

	}

	public Sort order() {
		return sort == null ? Sort.NAME : sort;
	}

	public boolean onlyAvailable() {
		return Boolean.TRUE.equals(available);
	}

	static boolean given(String value) {
		return value != null && !value.isBlank();
	}

}
