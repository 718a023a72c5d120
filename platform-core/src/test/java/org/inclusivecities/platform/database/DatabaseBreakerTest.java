package org.inclusivecities.platform.database;

import java.util.List;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import com.mongodb.connection.ClusterConnectionMode;
import com.mongodb.connection.ClusterDescription;
import com.mongodb.connection.ClusterType;
import com.mongodb.connection.ServerConnectionState;
import com.mongodb.connection.ServerDescription;
import com.mongodb.connection.ServerType;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseBreakerTest {

	long now = 1_000_000_000L;

	DatabaseBreaker breaker = new DatabaseBreaker(() -> now);

	@Test
	void aDatabaseThatDidNotAnswerIsNotWaitedForAgainForAFewSeconds() {
		assertThatCode(breaker::refuseWhileOpen).doesNotThrowAnyException();
		breaker.failed(new DataAccessResourceFailureException("x", new MongoTimeoutException("no server")));

		assertThatThrownBy(breaker::refuseWhileOpen).isInstanceOf(MongoTimeoutException.class)
			.hasMessage(DatabaseBreaker.REFUSAL)
			.satisfies(refused -> assertThat(DatabaseUnavailable.isCauseOf(refused)).isTrue());
		now += DatabaseBreaker.OPEN_FOR.toNanos() - 1;
		assertThat(breaker.isOpen()).isTrue();
		now += 1;
		// then the database is tried again for real
		assertThat(breaker.isOpen()).isFalse();
	}

	@Test
	void itsOwnRefusalsDoNotKeepItOpenAndOtherFailuresDoNotOpenIt() {
		breaker.failed(new MongoTimeoutException("no server"));
		now += DatabaseBreaker.OPEN_FOR.toNanos() / 2;
		Throwable refused = org.assertj.core.api.Assertions.catchThrowable(breaker::refuseWhileOpen);
		breaker.failed(new DataAccessResourceFailureException("refused", refused));
		now += DatabaseBreaker.OPEN_FOR.toNanos() / 2;
		assertThat(breaker.isOpen()).isFalse();
		// a refusal answered just after the window closed does not open it again
		breaker.failed(new DataAccessResourceFailureException("refused", refused));
		assertThat(breaker.isOpen()).isFalse();

		breaker.failed(new DuplicateKeyException("a bad write is no outage"));
		breaker.failed(new IllegalStateException("nor is a bug"));
		assertThat(breaker.isOpen()).isFalse();
	}

	@Test
	void anAnswerClosesItAtOnce() {
		breaker.failed(new MongoTimeoutException("no server"));
		breaker.succeeded();
		assertThat(breaker.isOpen()).isFalse();
	}

	@Test
	void theDriversMonitorOpensItWhenEveryServerIsLostAndClosesItWhenOneIsBack() {
		ServerAddress address = new ServerAddress("db.example", 27017);
		breaker.clusterChanged(cluster(ServerDescription.builder().address(address).state(ServerConnectionState.CONNECTING).build()));
		assertThat(breaker.isOpen()).as("still connecting, nothing failed yet").isFalse();

		breaker.clusterChanged(cluster(ServerDescription.builder().address(address).state(ServerConnectionState.CONNECTING)
			.exception(new MongoSocketOpenException("refused", address)).build()));
		assertThat(breaker.isOpen()).isTrue();

		breaker.clusterChanged(cluster(ServerDescription.builder().address(address).state(ServerConnectionState.CONNECTED)
			.ok(true).type(ServerType.STANDALONE).build()));
		assertThat(breaker.isOpen()).isFalse();
	}

	private static ClusterDescription cluster(ServerDescription server) {
		return new ClusterDescription(ClusterConnectionMode.SINGLE, ClusterType.UNKNOWN, List.of(server));
	}

}
