package org.inclusivecities.platform.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Mailed password reset links, looked up by the digest of their secret. */
public interface PasswordResetTokens extends Repository<PasswordResetToken, String> {

	PasswordResetToken save(PasswordResetToken token);

	Optional<PasswordResetToken> findByHash(String hash);

	List<PasswordResetToken> findAllByPersonIdAndUsedAtIsNull(String personId);

}
