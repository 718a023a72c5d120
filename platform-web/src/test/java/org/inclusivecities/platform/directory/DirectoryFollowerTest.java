package org.inclusivecities.platform.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bson.Document;
import org.inclusivecities.platform.operations.OtherInstances;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The follower polls the database only when another instance can write to it (see DirectoryFollowerIntegrationTest). */
class DirectoryFollowerTest {

	final MongoTemplate mongo = mock(MongoTemplate.class);

	final DirectoryReadModel model = mock(DirectoryReadModel.class);

	final OtherInstances otherInstances = mock(OtherInstances.class);

	final DirectoryFollower follower = new DirectoryFollower(mongo, model,
			Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC), otherInstances, Duration.ofSeconds(30));

	@Test
	void withTheEmbeddedDatabaseNothingIsPolledOrRebuilt() {
		when(otherInstances.possible()).thenReturn(false);
		follower.poll();
		follower.rebuild();
		verifyNoInteractions(mongo, model);
	}

	@Test
	void withOtherInstancesTheFollowerPollsAndRebuilds() {
		when(otherInstances.possible()).thenReturn(true);
		when(mongo.find(any(Query.class), eq(Document.class), eq(DirectoryFollower.COLLECTION))).thenReturn(List.of());
		follower.poll();
		follower.rebuild();
		verify(mongo).find(any(Query.class), eq(Document.class), eq(DirectoryFollower.COLLECTION));
		verify(model).rebuild();
	}

}
