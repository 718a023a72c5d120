package org.inclusivecities.platform.pool;

/** Why two cities must not review each other. */
public enum TieKind {

	TWINNING, REGIONAL_NETWORK

}
