package org.inclusivecities.platform.routing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The certificate says "optimal" only for an optimal flow. Network: 0 → 1 twice (cost 1 and cost 5), cap 1. */
class ResidualPotentialsTest {

	static final int[] TAIL = { 0, 0 };

	static final int[] HEAD = { 1, 1 };

	static final long[] CAPACITY = { 1, 1 };

	static final long[] COST = { 1, 5 };

	@Test
	void certifiesTheCheapFlowAndPricesItsArcs() {
		var duals = new ResidualPotentials(2, 1, 2, TAIL, HEAD, CAPACITY, COST, new long[] { 1, 0 });

		assertThat(duals.certifies()).isTrue();
		// the used arc has reduced cost <= 0, the unused one >= 0
		assertThat(COST[0] - duals.potential(0) + duals.potential(1)).isLessThanOrEqualTo(0);
		assertThat(COST[1] - duals.potential(0) + duals.potential(1)).isGreaterThanOrEqualTo(0);
	}

	@Test
	void refusesToCertifyTheExpensiveFlow() {
		var duals = new ResidualPotentials(2, 1, 2, TAIL, HEAD, CAPACITY, COST, new long[] { 0, 1 });

		assertThat(duals.certifies()).isFalse();
	}

}
