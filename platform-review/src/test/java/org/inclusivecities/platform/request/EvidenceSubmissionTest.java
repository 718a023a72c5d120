package org.inclusivecities.platform.request;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;
import org.inclusivecities.platform.request.RequestErrors.NotReadyForAccreditation;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Evidence is told apart by content, stored only once the request may be made, and removed when saving fails. */
class EvidenceSubmissionTest {

	static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 };

	final AccreditationRequests requests = mock(AccreditationRequests.class);

	final AccreditationEligibility eligibility = mock(AccreditationEligibility.class);

	final MonitoringFreezer monitoring = mock(MonitoringFreezer.class);

	final EvidenceFiles files = mock(EvidenceFiles.class);

	final Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void typeComesFromTheContentNotTheName() {
		assertThat(EvidenceUpload.detectType(PDF)).contains(EvidenceUpload.PDF);
		assertThat(EvidenceUpload.detectType(PNG)).contains(EvidenceUpload.PNG);
		assertThat(EvidenceUpload.detectType(JPEG)).contains(EvidenceUpload.JPEG);
		assertThat(EvidenceUpload.detectType("<html>%PDF-".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(EvidenceUpload.contentProblem(new byte[0])).contains(EvidenceRejected.Reason.FILE_MISSING);
		assertThat(EvidenceUpload.contentProblem(new byte[(int) EvidenceUpload.MAX_BYTES + 1]))
			.contains(EvidenceRejected.Reason.TOO_LARGE);
		assertThat(EvidenceUpload.titleProblem(" ")).contains(EvidenceRejected.Reason.TITLE_MISSING);
		assertThat(EvidenceUpload.titleProblem("x".repeat(121))).contains(EvidenceRejected.Reason.TITLE_TOO_LONG);
		assertThatThrownBy(() -> new EvidenceUpload("Fake", "GIF89a".getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(EvidenceRejected.class)
			.extracting(e -> ((EvidenceRejected) e).reason())
			.isEqualTo(EvidenceRejected.Reason.UNSUPPORTED_TYPE);
		assertThat(new EvidenceUpload("  Minutes  ", PDF).title()).isEqualTo("Minutes");
	}

	@Test
	void filesStoredForARequestThatCannotBeSavedAreRemovedAgain() {
		List<EvidenceFile> stored = List.of(new EvidenceFile("65f000000000000000000001", "Minutes", "application/pdf", 14, "ab"));
		when(eligibility.missingItems("city")).thenReturn(List.of());
		when(monitoring.freeze("city")).thenReturn(FrozenMonitoring.NONE);
		when(files.store(anyString(), anyString(), anyList())).thenReturn(stored);
		when(requests.save(any())).thenThrow(new OptimisticLockingFailureException("raced"));

		assertThatThrownBy(() -> service().submit("city", "admin", plan(), Set.of("en"), Set.of(), period(),
				List.of(new EvidenceUpload("Minutes", PDF)))).isInstanceOf(OptimisticLockingFailureException.class);
		verify(files).delete(stored);
	}

	@Test
	void aCityThatMayNotAskStoresNoFile() {
		when(eligibility.missingItems("city")).thenReturn(List.of("plan.mission.missing"));

		assertThatThrownBy(() -> service().submit("city", "admin", plan(), Set.of("en"), Set.of(), period(),
				List.of(new EvidenceUpload("Minutes", PDF)))).isInstanceOf(NotReadyForAccreditation.class);
		verify(files, never()).store(anyString(), anyString(), anyList());
	}

	private AccreditationService service() {
		@SuppressWarnings("unchecked")
		ObjectProvider<AccreditationEligibility> provider = mock(ObjectProvider.class);
		when(provider.getIfAvailable()).thenReturn(eligibility);
		return new AccreditationService(requests, provider, new ReviewProperties(3, 1, java.time.Duration.ofDays(14), false,
				java.time.Period.ofYears(3), java.time.Period.ofYears(1), java.time.Duration.ofSeconds(10), 8, java.time.Duration.ofSeconds(5), 30, true), monitoring, files, clock,
				event -> { });
	}

	private PlanSnapshot plan() {
		return new PlanSnapshot(Map.of("mission", Map.of("mission", "Walk together")), 1, clock.instant());
	}

	private static Period period() {
		return new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
	}

}
