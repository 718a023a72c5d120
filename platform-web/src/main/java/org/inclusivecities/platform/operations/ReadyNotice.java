package org.inclusivecities.platform.operations;

import java.util.List;

/**
 * Lines a feature adds to the banner printed once the platform is ready, between its address and where its data
 * lives (the demo sign-ins, for instance). Never a secret of a real account.
 */
public interface ReadyNotice {

	/** The lines to print, without indentation; none to print nothing. */
	List<String> lines();

}
