package org.inclusivecities.platform.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A member of the city's Inclusive Cities council. Whether others may see the name is not stored here: it is the
 * member's recorded consent ({@link CouncilConsents}), kept by {@code id}, so that a withdrawal reaches every
 * published version at once.
 */
public record CouncilMember(String id, String name, String organisation, CouncilProfile profile, String personId) {

	public CouncilMember {
		name = Texts.required("name", name, Texts.SHORT);
		organisation = Texts.clean("organisation", organisation, Texts.SHORT);
		if (profile == null) {
			throw new InvalidPlanContent("profile", "plan.error.required");
		}
		personId = Texts.clean("personId", personId, 64);
		id = id == null || id.isBlank() ? legacyId(name, organisation, profile.name()) : Texts.clean("id", id, 64);
	}

	/** A new member, with an id of its own. */
	public static CouncilMember create(String name, String organisation, CouncilProfile profile, String personId) {
		return new CouncilMember(UUID.randomUUID().toString(), name, organisation, profile, personId);
	}

	/**
	 * The id of a member stored before members had ids (in drafts, published versions and reviewers' frozen copies
	 * alike): derived from what the row holds, so that every copy of the same row has the same id.
	 */
	public static String legacyId(String name, String organisation, String profile) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((name + "\u0000" + (organisation == null ? "" : organisation) + "\u0000" + profile)
					.getBytes(StandardCharsets.UTF_8));
			return "m-" + HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
