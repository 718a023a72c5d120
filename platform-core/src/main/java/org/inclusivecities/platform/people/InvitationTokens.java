package org.inclusivecities.platform.people;

import java.util.List;
import java.util.Optional;

import org.inclusivecities.platform.city.CrossCity;

import org.springframework.data.repository.Repository;

/**
 * The cross-city reads of invitations: by the hash of the token someone holds, or by the address a sign-in
 * provider verified. Package-private: only
 * {@link CityMembers} and {@link InvitationsForAddress} resolve them.
 */
interface InvitationTokens extends Repository<Invitation, String> {

	@CrossCity("the secret token is the capability; its invitation names the city")
	Optional<Invitation> findByTokenHash(String tokenHash);

	@CrossCity("a sign-in provider vouched for this address: the invitations sent to it, in any city")
	List<Invitation> findAllByEmailAndAcceptedAtIsNull(String email);

}
