package org.inclusivecities.platform.people;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.inclusivecities.platform.mail.Mailer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Who belongs to a city: invitations, accepting them, role changes and removals. Every method takes the
 * city explicitly; a city never ends up without a city administrator.
 */
@Service
public class CityMembers {

	private final People people;

	private final Invitations invitations;

	private final InvitationTokens tokens;

	private final MembershipChanges changes;

	private final Mailer mailer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CityMembers(People people, Invitations invitations, InvitationTokens tokens, MembershipChanges changes,
			Mailer mailer, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.mailer = mailer;
		this.people = people;
		this.invitations = invitations;
		this.tokens = tokens;
		this.changes = changes;
		this.clock = clock;
	}

	/** The members of a city, by name. */
	public List<Person> members(String cityId) {
		return people.findAllByCityId(cityId, Pageable.unpaged())
			.stream()
			.sorted(java.util.Comparator.comparing(Person::getDisplayName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	public List<Invitation> invitations(String cityId) {
		return invitations.findTop50ByCityIdOrderByCreatedAtDesc(cityId);
	}

	public List<MembershipChange> history(String cityId) {
		return changes.findTop50ByCityIdOrderByAtDesc(cityId);
	}

	public Person member(String cityId, String personId) {
		return people.findByCityIdAndId(cityId, personId).orElseThrow(MemberNotFound::new);
	}

	/**
	 * Invites someone to the city and mails them the link, in their own language when they have an account,
	 * else in {@code language}. The token exists only in the mail; the invitation stores its hash.
	 * @param siteUrl the site's base URL for the link, e.g. {@code https://example.org}
	 */
	public Invitation invite(String cityId, String cityName, String email, Set<Role> roles, Person inviter,
			Language language, String siteUrl) {
		Person existing = people.findByEmail(Person.normalise(email)).orElse(null);
		if (existing != null && existing.isMemberOf(cityId)) {
			throw new AlreadyMember();
		}
		IssuedInvitation issued = issue(cityId, email, roles, inviter.getId());
		Language recipientLanguage = existing != null ? existing.getLanguage() : language;
		List<String> roleKeys = Arrays.stream(Role.values()).filter(roles::contains).map(r -> "people.role." + r).toList();
		mailer.send(issued.invitation().getEmail(), recipientLanguage.locale(), "invitation",
				Map.of("inviterName", inviter.getDisplayName(), "cityName", cityName, "roleKeys", roleKeys, "link",
						siteUrl + "/invitations/" + issued.token(), "expiresOn",
						issued.invitation().getExpiresAt().atZone(ZoneOffset.UTC).toLocalDate(), "subjectArgs",
						new Object[] { cityName }));
		return issued.invitation();
	}

	/** An invitation for someone who may already be a member (the approved applicant setting a password). */
	public IssuedInvitation issue(String cityId, String email, Set<Role> roles, String invitedBy) {
		String token = InvitationLinks.newToken();
		Instant now = clock.instant();
		Invitation invitation = invitations
			.save(Invitation.create(cityId, email, roles, InvitationLinks.hash(token), invitedBy, now));
		changes.save(MembershipChange.of(cityId, null, MembershipChange.Kind.INVITED, roles, invitedBy, now));
		return new IssuedInvitation(invitation, token);
	}

	/** The open invitation a token stands for; unknown → {@link InvitationNotFound}, used/expired → 410. */
	public Invitation open(String token) {
		if (!InvitationLinks.plausible(token)) {
			throw new InvitationNotFound();
		}
		Invitation invitation = tokens.findByTokenHash(InvitationLinks.hash(token)).orElseThrow(InvitationNotFound::new);
		invitation.checkUsable(clock.instant());
		return invitation;
	}

	/** Whether the invitee still has to choose a name and password (no account, or one without password). */
	public boolean needsAccount(Invitation invitation) {
		return people.findByEmail(invitation.getEmail()).map(p -> p.getPasswordHash() == null).orElse(true);
	}

	/**
	 * Accepts the invitation: the invitation is marked used first (optimistic lock, so a token works once),
	 * then the person is created or found and gets the roles. {@code account} is required when
	 * {@link #needsAccount} says so and ignored otherwise.
	 */
	public Person accept(String token, NewAccount account) {
		return accept(open(token), account);
	}

	/** Accepts an invitation already found (by its token, or by the address a sign-in provider verified). */
	Person accept(Invitation invitation, NewAccount account) {
		Instant now = clock.instant();
		Person person = people.findByEmail(invitation.getEmail()).orElse(null);
		boolean needsAccount = person == null || person.getPasswordHash() == null;
		if (needsAccount && account == null) {
			throw new IllegalArgumentException("This invitation needs a name and password");
		}
		invitation.accepted(person == null ? null : person.getId(), now);
		try {
			invitations.save(invitation);
		}
		catch (OptimisticLockingFailureException raced) {
			// two tabs accepting the same invitation at once: the second one finds it used
			throw new InvitationNoLongerValid(InvitationNoLongerValid.Reason.USED);
		}
		if (person == null) {
			person = Person.create(invitation.getEmail(), account.displayName(), account.language(), now);
		}
		if (needsAccount) {
			person.rename(account.displayName());
			person.changePassword(account.encodedPassword());
		}
		Set<Role> roles = EnumSet.copyOf(invitation.getRoles());
		person.membershipIn(invitation.getCityId()).ifPresent(m -> roles.addAll(m.roles()));
		person.grant(invitation.getCityId(), roles, now, invitation.getInvitedBy());
		Person saved = people.save(person);
		if (invitation.getAcceptedBy() == null) {
			invitation.acceptedBy(saved.getId());
			invitations.save(invitation);
		}
		changes.save(MembershipChange.of(invitation.getCityId(), saved.getId(), MembershipChange.Kind.JOINED, roles,
				invitation.getInvitedBy(), now));
		events.publishEvent(new MembershipGranted(saved.getId(), invitation.getCityId(), roles));
		return saved;
	}

	/** Replaces a member's roles; refuses to demote the last city administrator. */
	public Person changeRoles(String cityId, String personId, Set<Role> roles, String actorId) {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A membership needs at least one role");
		}
		Person person = member(cityId, personId);
		if (person.hasRole(cityId, Role.CITY_ADMIN) && !roles.contains(Role.CITY_ADMIN)) {
			requireAnotherAdmin(cityId, personId);
		}
		Instant now = clock.instant();
		person.grant(cityId, roles, now, actorId);
		Person saved = people.save(person);
		changes.save(MembershipChange.of(cityId, personId, MembershipChange.Kind.ROLES_CHANGED, roles, actorId, now));
		events.publishEvent(new MembershipGranted(personId, cityId, roles));
		return saved;
	}

	/** Removes a member from the city; refuses to remove the last city administrator. */
	public void remove(String cityId, String personId, String actorId) {
		Person person = member(cityId, personId);
		if (person.hasRole(cityId, Role.CITY_ADMIN)) {
			requireAnotherAdmin(cityId, personId);
		}
		Set<Role> roles = person.membershipIn(cityId).map(Membership::roles).orElse(Set.of());
		person.removeFrom(cityId);
		people.save(person);
		changes.save(MembershipChange.of(cityId, personId, MembershipChange.Kind.REMOVED, roles, actorId,
				clock.instant()));
	}

	/**
	 * Moves the members of a duplicate record to the city it duplicates. A city that has administrators of its own
	 * gains nobody and no role by a merge: a person already in it keeps their roles there, anyone else leaves the
	 * duplicate without joining (returned, so that the city's administrators can be told and invite them), and the
	 * duplicate's open invitations are closed. Only a city without any administrator takes the duplicate's members
	 * with their roles, and its open invitations.
	 * @return the people of the duplicate who did not join the surviving city
	 */
	public List<Person> mergeInto(String fromCityId, String toCityId, String actorId) {
		Instant now = clock.instant();
		boolean guarded = !admins(toCityId).isEmpty();
		List<Person> moving = people.findAllByCityId(fromCityId, Pageable.unpaged()).getContent();
		List<Person> notMoved = new java.util.ArrayList<>();
		for (Person person : moving) {
			Set<Role> from = person.membershipIn(fromCityId).map(Membership::roles).orElse(Set.of());
			boolean already = person.isMemberOf(toCityId);
			person.removeFrom(fromCityId);
			if (guarded) {
				Person saved = people.save(person);
				changes.save(MembershipChange.of(fromCityId, saved.getId(), MembershipChange.Kind.REMOVED, from, actorId,
						now));
				if (!already) {
					notMoved.add(saved);
				}
				continue;
			}
			Set<Role> roles = EnumSet.noneOf(Role.class);
			roles.addAll(from);
			person.membershipIn(toCityId).ifPresent(m -> roles.addAll(m.roles()));
			person.grant(toCityId, roles, now, actorId);
			Person saved = people.save(person);
			changes.save(MembershipChange.of(fromCityId, saved.getId(), MembershipChange.Kind.REMOVED, roles, actorId, now));
			changes.save(MembershipChange.of(toCityId, saved.getId(), MembershipChange.Kind.JOINED, roles, actorId, now));
			events.publishEvent(new MembershipGranted(saved.getId(), toCityId, roles));
		}
		for (Invitation invitation : invitations.findAllByCityIdAndAcceptedAtIsNull(fromCityId)) {
			if (guarded) {
				invitation.close(now);
			}
			else {
				invitation.moveTo(toCityId);
			}
			invitations.save(invitation);
		}
		return notMoved;
	}

	/** Ends every membership and closes every open invitation of a city whose record is removed. */
	public void dismissAll(String cityId, String actorId) {
		Instant now = clock.instant();
		for (Person person : people.findAllByCityId(cityId, Pageable.unpaged()).getContent()) {
			Set<Role> roles = person.membershipIn(cityId).map(Membership::roles).orElse(Set.of());
			person.removeFrom(cityId);
			people.save(person);
			changes.save(MembershipChange.of(cityId, person.getId(), MembershipChange.Kind.REMOVED, roles, actorId, now));
		}
		for (Invitation invitation : invitations.findAllByCityIdAndAcceptedAtIsNull(cityId)) {
			invitation.close(now);
			invitations.save(invitation);
		}
	}

	/** The city administrators of a city. */
	public List<Person> admins(String cityId) {
		return people.findAllByCityId(cityId, Pageable.unpaged())
			.stream()
			.filter(p -> p.hasRole(cityId, Role.CITY_ADMIN))
			.toList();
	}

	private void requireAnotherAdmin(String cityId, String personId) {
		boolean another = people.findAllByCityId(cityId, Pageable.unpaged())
			.stream()
			.anyMatch(p -> !p.getId().equals(personId) && p.hasRole(cityId, Role.CITY_ADMIN));
		if (!another) {
			throw new LastCityAdmin();
		}
	}

	/** A new invitation and its one-time token (for the mail only). */
	public record IssuedInvitation(Invitation invitation, String token) {
	}

	/** What a new person chooses when accepting: their name, language and already encoded password. */
	public record NewAccount(String displayName, Language language, String encodedPassword) {
	}

}
