package org.inclusivecities.platform.matching;

/** URBACT's three steps of transferring a good practice. */
public enum TransferPhase {
	UNDERSTAND, ADAPT, REUSE
}
