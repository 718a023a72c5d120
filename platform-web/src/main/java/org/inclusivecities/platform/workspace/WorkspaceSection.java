package org.inclusivecities.platform.workspace;

import java.util.Optional;
import java.util.function.Function;

import org.inclusivecities.platform.tenancy.CityWorkspace;

/**
 * A section of a city's workspace home ({@code /my/cities/{slug}}) contributed by a feature: what stands and what
 * is waiting in that feature, each linked. The home renders every registered section in {@link #order()}.
 */
public interface WorkspaceSection {

	/** Position on the page; lower comes first. */
	int order();

	/**
	 * The section for this member of this city, or empty when it is not for them (their roles do not reach the
	 * feature). Only data of {@code workspace.cityId()} may appear.
	 */
	Optional<HomeSection> contribute(CityWorkspace workspace);

	/** A section from its position and the function that builds it. */
	static WorkspaceSection of(int order, Function<CityWorkspace, Optional<HomeSection>> contribution) {
		return new WorkspaceSection() {

			@Override
			public int order() {
				return order;
			}

			@Override
			public Optional<HomeSection> contribute(CityWorkspace workspace) {
				return contribution.apply(workspace);
			}

		};
	}

}
