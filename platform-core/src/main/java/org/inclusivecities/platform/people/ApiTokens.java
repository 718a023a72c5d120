package org.inclusivecities.platform.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Personal API tokens. Everything but the lookup by digest is scoped to the owning person. */
public interface ApiTokens extends Repository<ApiToken, String> {

	ApiToken save(ApiToken token);

	Optional<ApiToken> findByHash(String hash);

	boolean existsByHash(String hash);

	List<ApiToken> findAllByPersonIdOrderByCreatedAtDesc(String personId);

	long deleteByPersonIdAndId(String personId, String id);

}
