package org.inclusivecities.platform.people;

import java.util.Optional;

import org.inclusivecities.platform.city.CrossCity;

import org.springframework.data.repository.Repository;

/**
 * The one cross-city read of invitations: by the hash of the token someone holds. Package-private: only
 * {@link CityMembers} resolves tokens.
 */
interface InvitationTokens extends Repository<Invitation, String> {

	@CrossCity("the secret token is the capability; its invitation names the city")
	Optional<Invitation> findByTokenHash(String tokenHash);

}
