package org.inclusivecities.platform.pool;

/**
 * Something in the reviewer pool changed that the hard rules look at; peer review re-checks every live seat.
 * Past-tense records, published after the change is saved.
 */
public sealed interface PoolChanged {

	/** A city declared a tie with another. */
	record TieDeclared(String cityId, String otherCityId) implements PoolChanged {
	}

	/** A conflict with a city was declared for a reviewer (by themself or by the secretariat). */
	record ConflictDeclared(String personId, String cityId) implements PoolChanged {
	}

	/** A reviewer's nomination changed: a new cap, unavailability or the nomination withdrawn. */
	record NominationChanged(String personId) implements PoolChanged {
	}

}
