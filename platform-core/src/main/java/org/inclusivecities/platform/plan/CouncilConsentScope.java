package org.inclusivecities.platform.plan;

/** Who may see a council member's name and organisation. Without a consent, nobody outside the city does. */
public enum CouncilConsentScope {

	/** Everyone: the public profile, the open-data API, the PDF and the feeds, and the network's reviewers. */
	PUBLIC,
	/** The network only: peer reviewers reading the frozen plan; the public sees the member's profile only. */
	NETWORK;

	public boolean showsPublicly() {
		return this == PUBLIC;
	}

}
