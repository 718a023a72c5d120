package org.inclusivecities.platform.join;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.inclusivecities.platform.people.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CityApplicationTest {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	CityApplication application() {
		return CityApplication.submit("city-1", new ApplicationContact(" An ", " An@Gent.Example ", Language.NL), "file-1",
				LocalDate.of(2026, 3, 27), NOW);
	}

	@Test
	void aNewApplicationIsPendingWithANormalisedContact() {
		CityApplication application = application();
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PENDING);
		assertThat(application.getContactEmail()).isEqualTo("an@gent.example");
		assertThat(application.getContactName()).isEqualTo("An");
	}

	@Test
	void anApplicationIsDecidedOnceRecordingWhoAndWhen() {
		CityApplication application = application();
		application.approve("admin-1", NOW.plusSeconds(60));
		assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(application.getDecidedBy()).isEqualTo("admin-1");
		assertThat(application.getDecidedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThatThrownBy(() -> application.approve("admin-2", NOW)).isInstanceOf(ApplicationAlreadyDecided.class);
		assertThatThrownBy(() -> application.reject("admin-2", NOW, "No")).isInstanceOf(ApplicationAlreadyDecided.class);
		assertThat(application.getDecidedBy()).isEqualTo("admin-1");
	}

	@Test
	void aRejectionNeedsAReason() {
		CityApplication application = application();
		assertThatThrownBy(() -> application.reject("admin-1", NOW, " ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(application.isPending()).isTrue();
		application.reject("admin-1", NOW, " Not signed ");
		assertThat(application.getReason()).isEqualTo("Not signed");
	}

	@Test
	void onlyContentStartingLikeAPdfIsAPdf() {
		assertThat(Charters.looksLikePdf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(Charters.looksLikePdf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0 })).isFalse();
		assertThat(Charters.looksLikePdf(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(Charters.looksLikePdf("%PDF".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(Charters.looksLikePdf(null)).isFalse();
	}

}
