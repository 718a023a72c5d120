package org.inclusivecities.platform.join;

import java.time.Instant;
import java.time.LocalDate;

import org.inclusivecities.platform.people.Language;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city's application to join the network, with the signed charter (a GridFS file) and the secretariat's
 * decision. Deciding is a method that refuses to decide twice.
 */
@Document("cityApplications")
@CompoundIndex(name = "status_submitted", def = "{'status': 1, 'submittedAt': 1}")
public class CityApplication {

	@Id
	private String id;

	@Indexed
	private String cityId;

	private String contactName;

	@Indexed
	private String contactEmail;

	private Language contactLanguage;

	private String charterFileId;

	private LocalDate councilDecisionDate;

	private Instant submittedAt;

	/** SHA-256 of the token in the applicant's status link (the token itself is only in the mail). */
	@Indexed(unique = true, sparse = true)
	private String statusTokenHash;

	/** The applicant was warned of a likely duplicate and confirmed that the city is another one. */
	private boolean confirmedDifferentCity;

	private ApplicationStatus status;

	private String decidedBy;

	private Instant decidedAt;

	private String reason;

	/**
	 * Set with the approval, cleared once the new city admin is invited: the site URL for the invitation link.
	 * While set, the approval's follow-up steps are still to be done (or redone after a failure half-way).
	 */
	private String welcomeSiteUrl;

	@Version
	private Long version;

	CityApplication() {
	}

	static CityApplication submit(String cityId, ApplicationContact contact, String charterFileId,
			LocalDate councilDecisionDate, Instant at) {
		CityApplication application = new CityApplication();
		application.cityId = cityId;
		application.contactName = contact.name().strip();
		application.contactEmail = contact.normalisedEmail();
		application.contactLanguage = contact.language();
		application.charterFileId = charterFileId;
		application.councilDecisionDate = councilDecisionDate;
		application.submittedAt = at;
		application.status = ApplicationStatus.PENDING;
		return application;
	}

	/** Gives the application a new status link token, returned once for the confirmation mail. */
	String issueStatusToken() {
		String token = org.inclusivecities.platform.people.SecretTokens.generate("");
		this.statusTokenHash = org.inclusivecities.platform.people.SecretTokens.hash(token);
		return token;
	}

	void confirmDifferentCity() {
		this.confirmedDifferentCity = true;
	}

	void approve(String actorId, Instant at) {
		approve(actorId, at, null);
	}

	void approve(String actorId, Instant at, String siteUrl) {
		decide(ApplicationStatus.APPROVED, actorId, at, null);
		this.welcomeSiteUrl = siteUrl;
	}

	/** The site URL for the welcome mail while the approval's follow-up steps are not all done. */
	java.util.Optional<String> pendingWelcome() {
		return java.util.Optional.ofNullable(welcomeSiteUrl);
	}

	void welcomed() {
		this.welcomeSiteUrl = null;
	}

	void reject(String actorId, Instant at, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A rejection needs a reason");
		}
		decide(ApplicationStatus.REJECTED, actorId, at, reason.strip());
	}

	private void decide(ApplicationStatus decision, String actorId, Instant at, String reason) {
		if (status != ApplicationStatus.PENDING) {
			throw new ApplicationAlreadyDecided(id, status);
		}
		this.status = decision;
		this.decidedBy = actorId;
		this.decidedAt = at;
		this.reason = reason;
	}

	public boolean isPending() {
		return status == ApplicationStatus.PENDING;
	}

	public String getId() {
		return id;
	}

	public String getCityId() {
		return cityId;
	}

	public String getContactName() {
		return contactName;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public Language getContactLanguage() {
		return contactLanguage;
	}

	public String getCharterFileId() {
		return charterFileId;
	}

	public LocalDate getCouncilDecisionDate() {
		return councilDecisionDate;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public ApplicationStatus getStatus() {
		return status;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public boolean isConfirmedDifferentCity() {
		return confirmedDifferentCity;
	}

	public String getReason() {
		return reason;
	}

}
