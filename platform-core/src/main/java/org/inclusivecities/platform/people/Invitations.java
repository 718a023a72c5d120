package org.inclusivecities.platform.people;

import java.util.List;

import org.springframework.data.repository.Repository;

/** A city's invitations: city-scoped only. Token look-ups go through {@link InvitationTokens}. */
public interface Invitations extends Repository<Invitation, String> {

	Invitation save(Invitation invitation);

	List<Invitation> findTop50ByCityIdOrderByCreatedAtDesc(String cityId);

	List<Invitation> findAllByCityIdAndAcceptedAtIsNull(String cityId);

}
