package org.inclusivecities.platform.join;

import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityNotFound;
import org.inclusivecities.platform.city.CityStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.inclusivecities.platform.mail.Mailer;
import org.inclusivecities.platform.people.CityMembers;
import org.inclusivecities.platform.people.MembershipGranted;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.people.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The secretariat approves or rejects applications. The decision is written first (optimistic lock on
 * the application), so deciding twice, even at the same moment, fails with {@link ApplicationAlreadyDecided}
 * or an optimistic-lock conflict before anything else changes.
 */
@Service
public class ApplicationDecisions {

	private static final Logger log = LoggerFactory.getLogger(ApplicationDecisions.class);

	private final CityApplications applications;

	private final Cities cities;

	private final People people;

	private final CityMembers members;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final LikelyDuplicates duplicates;

	private final Clock clock;

	ApplicationDecisions(CityApplications applications, Cities cities, People people, CityMembers members,
			Mailer mailer, ApplicationEventPublisher events, LikelyDuplicates duplicates, Clock clock) {
		this.duplicates = duplicates;
		this.events = events;
		this.applications = applications;
		this.cities = cities;
		this.people = people;
		this.members = members;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Approves: the city becomes a member, the contact (new or existing person) becomes its city
	 * administrator and gets a mail with an invitation link to set a password. The decision is stored first,
	 * together with what the follow-up needs; the follow-up steps are each safe to repeat, so an approval that
	 * fails half-way is finished by {@link #finishApprovals} instead of leaving a member city without an admin.
	 * @param siteUrl the site's base URL for the link in the mail, e.g. {@code https://example.org}
	 */
	public CityApplication approve(String applicationId, String actorId, String siteUrl) {
		return approve(applicationId, actorId, siteUrl, false);
	}

	/**
	 * As {@link #approve(String, String, String)}; an application that resembles a known city
	 * ({@link LikelyDuplicates}) is approved only with {@code duplicateConfirmed}, else refused with
	 * {@link UnconfirmedDuplicate} before anything changes.
	 */
	public CityApplication approve(String applicationId, String actorId, String siteUrl, boolean duplicateConfirmed) {
		CityApplication application = load(applicationId);
		if (!duplicateConfirmed) {
			City city = cities.findById(application.getCityId())
				.orElseThrow(() -> new CityNotFound(application.getCityId()));
			List<LikelyDuplicate> resembled = duplicates.of(application, city);
			if (!resembled.isEmpty()) {
				throw new UnconfirmedDuplicate(applicationId, String.join(", ",
						resembled.stream().map(d -> d.city().getName() + " (" + d.city().getSlug() + ")").toList()));
			}
		}
		application.approve(actorId, clock.instant(), siteUrl);
		CityApplication decided = applications.save(application);
		return welcome(decided);
	}

	/** Finishes approvals decided before {@code decidedBefore} whose follow-up did not complete. */
	public int finishApprovals(Instant decidedBefore) {
		List<CityApplication> unfinished = applications
			.findAllByStatusAndWelcomeSiteUrlNotNullAndDecidedAtBefore(ApplicationStatus.APPROVED, decidedBefore);
		for (CityApplication application : unfinished) {
			welcome(application);
		}
		return unfinished.size();
	}

	private CityApplication welcome(CityApplication decided) {
		String siteUrl = decided.pendingWelcome().orElse(null);
		if (siteUrl == null) {
			return decided;
		}
		Instant now = clock.instant();
		String actorId = decided.getDecidedBy();
		City city = cities.findById(decided.getCityId()).orElseThrow(() -> new CityNotFound(decided.getId()));
		if (city.getStatus() != CityStatus.MEMBER) {
			city.moveTo(CityStatus.MEMBER, now, actorId, null);
			city = cities.save(city);
		}
		Person contact = people.findByEmail(decided.getContactEmail())
			.orElseGet(() -> Person.create(decided.getContactEmail(), decided.getContactName(),
					decided.getContactLanguage(), now));
		EnumSet<Role> roles = EnumSet.of(Role.CITY_ADMIN);
		contact.membershipIn(city.getId()).ifPresent(m -> roles.addAll(m.roles()));
		if (contact.getId() == null || !contact.hasRole(city.getId(), Role.CITY_ADMIN)) {
			contact.grant(city.getId(), roles, now, actorId);
			contact = people.save(contact);
			events.publishEvent(new MembershipGranted(contact.getId(), city.getId(), roles));
		}
		var invitation = members.issue(city.getId(), contact.getEmail(), EnumSet.of(Role.CITY_ADMIN), actorId);
		Locale locale = contact.getLanguage().locale();
		mailer.send(contact.getEmail(), locale, "join-approved",
				Map.of("contactName", decided.getContactName(), "cityName", city.getName(), "link",
						siteUrl + "/invitations/" + invitation.token(), "expiresOn",
						invitation.invitation().getExpiresAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
						"subjectArgs", new Object[] { city.getName() }));
		decided.welcomed();
		CityApplication done = applications.save(decided);
		log.info("Application {} approved: city {} is a member", decided.getId(), city.getSlug());
		return done;
	}

	/** Rejects with a reason that the contact receives by mail; the city is declined. */
	public CityApplication reject(String applicationId, String actorId, String reason) {
		Instant now = clock.instant();
		CityApplication application = load(applicationId);
		City city = cities.findById(application.getCityId()).orElseThrow(() -> new CityNotFound(applicationId));
		city.moveTo(CityStatus.DECLINED, now, actorId, reason);
		application.reject(actorId, now, reason);
		application = applications.save(application);
		cities.save(city);
		mailer.send(application.getContactEmail(), application.getContactLanguage().locale(), "join-rejected",
				Map.of("contactName", application.getContactName(), "cityName", city.getName(), "reason",
						application.getReason(), "subjectArgs", new Object[] { city.getName() }));
		log.info("Application {} rejected: city {} declined", applicationId, city.getSlug());
		return application;
	}

	private CityApplication load(String applicationId) {
		CityApplication application = applications.findById(applicationId)
			.orElseThrow(() -> new ApplicationNotFound(applicationId));
		if (!application.isPending()) {
			throw new ApplicationAlreadyDecided(applicationId, application.getStatus());
		}
		return application;
	}

}
