package org.inclusivecities.platform.workspace;

import java.util.function.Supplier;

/**
 * A section of the secretariat's home ({@code /admin}) contributed by a feature: what the network's secretariat has
 * waiting in it, each linked. The home renders every registered section in {@link #order()}.
 */
public interface SecretariatSection {

	/** Position on the page; lower comes first. */
	int order();

	HomeSection contribute();

	/** A section from its position and the function that builds it. */
	static SecretariatSection of(int order, Supplier<HomeSection> contribution) {
		return new SecretariatSection() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public HomeSection contribute() {
				return contribution.get();
			}

		};
	}

}
