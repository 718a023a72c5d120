package org.inclusivecities.platform.people;

/** A person's id and display name only: the projection pages use to name people without reading more of them. */
public interface DisplayName {

	String getId();

	String getDisplayName();

}
