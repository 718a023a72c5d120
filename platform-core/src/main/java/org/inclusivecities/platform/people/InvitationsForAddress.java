package org.inclusivecities.platform.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The open invitations sent to an address that a sign-in provider has verified, for someone who comes to sign in
 * without the mail's link. Nothing here happens by itself: the invitee sees each invitation and accepts or declines
 * it; an address that is not exactly the invited one finds nothing.
 */
@Service
public class InvitationsForAddress {

	private final InvitationTokens found;

	private final Invitations invitations;

	private final MembershipChanges changes;

	private final CityMembers members;

	private final Clock clock;

	InvitationsForAddress(InvitationTokens found, Invitations invitations, MembershipChanges changes,
			CityMembers members, Clock clock) {
		this.found = found;
		this.invitations = invitations;
		this.changes = changes;
		this.members = members;
		this.clock = clock;
	}

	/** The invitations to this verified address that can still be accepted, newest first. */
	public List<Invitation> open(String verifiedEmail) {
		Instant now = clock.instant();
		return found.findAllByEmailAndAcceptedAtIsNull(Person.normalise(verifiedEmail))
			.stream()
			.filter(invitation -> invitation.isOpen(now))
			.sorted(Comparator.comparing(Invitation::getCreatedAt).reversed())
			.toList();
	}

	/**
	 * Accepts one of them as the mail's link would; {@code account} is needed when the address has no account yet
	 * (its password may be null: the person signs in through the provider).
	 */
	public Person accept(String invitationId, String verifiedEmail, CityMembers.NewAccount account) {
		return members.accept(find(invitationId, verifiedEmail), account);
	}

	/** Declines one of them: it can no longer be accepted, and the city's history says so. */
	public void decline(String invitationId, String verifiedEmail) {
		Invitation invitation = find(invitationId, verifiedEmail);
		Instant now = clock.instant();
		invitation.declined(now);
		try {
			invitations.save(invitation);
		}
		catch (OptimisticLockingFailureException raced) {
			throw new InvitationNoLongerValid(InvitationNoLongerValid.Reason.USED);
		}
		changes.save(MembershipChange.of(invitation.getCityId(), null, MembershipChange.Kind.DECLINED,
				invitation.getRoles(), null, now));
	}

	/** One of the open invitations to this address; any other id is {@link InvitationNotFound}. */
	public Invitation find(String invitationId, String verifiedEmail) {
		return open(verifiedEmail).stream()
			.filter(invitation -> invitation.getId().equals(invitationId))
			.findFirst()
			.orElseThrow(InvitationNotFound::new);
	}

}
