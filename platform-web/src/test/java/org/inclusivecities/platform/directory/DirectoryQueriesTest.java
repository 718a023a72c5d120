package org.inclusivecities.platform.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.inclusivecities.platform.city.CityMilestones;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryQueriesTest {

	private final DirectoryQueries queries = new DirectoryQueries(
			new StatusFilters(new StaticListableBeanFactory().getBeanProvider(org.inclusivecities.platform.city.CityBadges.class)),
			new StaticListableBeanFactory(Map.of("published", new PublishedOnly())).getBeanProvider(CityMilestones.class));

	/** One registered milestone. */
	private static final class PublishedOnly implements CityMilestones {

		@Override
		public List<Milestone> milestones() {
			return List.of(new Milestone("plan-published", 1, "plan.milestone.published"));
		}

		@Override
		public Progress progressOf(String cityId, LocalDate today) {
			return Progress.NONE;
		}

	}

	@Test
	void aMilestoneFilterIsARegisteredMilestonesKey() {
		assertThat(queries.strict(new DirectoryQueries.Params(null, null, null, null, null, null, null, null,
				" plan-published "), 20).milestone()).isEqualTo("plan-published");
		assertThatThrownBy(() -> queries.strict(new DirectoryQueries.Params(null, null, null, null, null, null, null,
				null, "accredited"), 20))
			.isInstanceOfSatisfying(InvalidDirectoryQuery.class, e -> assertThat(e.parameter()).isEqualTo("milestone"));
		assertThat(queries.lenient(new DirectoryQueries.Params(null, null, null, null, null, null, null, null,
				"nope"), 20).milestone()).isNull();
	}

	@Test
	void strictNormalisesValidValues() {
		DirectoryQuery query = queries.strict(new DirectoryQueries.Params(" Łódź ", "pl", "member", "250k-1m", "PL",
				"population", 3, 50), 20);
		assertThat(query).isEqualTo(new DirectoryQuery("lodz", "PL", "member", PopulationBand.FROM_250K_TO_1M, "pl",
				DirectorySort.POPULATION, 3, 50));
		assertThat(queries.strict(new DirectoryQueries.Params(null, "", " ", null, null, null, null, null), 20))
			.isEqualTo(new DirectoryQuery("", null, null, null, null, DirectorySort.NAME, 0, 20));
	}

	@Test
	void strictRejectsEachInvalidParameterByName() {
		assertThatThrownBy(() -> queries.strict(params("XYZ", null, null), 20))
			.isInstanceOfSatisfying(InvalidDirectoryQuery.class, e -> assertThat(e.parameter()).isEqualTo("country"));
		assertThatThrownBy(() -> queries.strict(params(null, "accredited", null), 20))
			.isInstanceOfSatisfying(InvalidDirectoryQuery.class, e -> assertThat(e.parameter()).isEqualTo("status"));
		assertThatThrownBy(() -> queries.strict(params(null, null, 101), 20))
			.isInstanceOfSatisfying(InvalidDirectoryQuery.class, e -> assertThat(e.parameter()).isEqualTo("size"));
	}

	@Test
	void lenientIgnoresInvalidValuesAndClampsNumbers() {
		DirectoryQuery query = queries.lenient(new DirectoryQueries.Params("x".repeat(300), "XYZ", "nope", "huge", "zz9",
				"unknown", -4, 10_000), 20);
		assertThat(query).isEqualTo(new DirectoryQuery("x".repeat(100), null, null, null, null, DirectorySort.NAME, 0, 20));
		assertThat(queries.lenient(params(null, null, null, Integer.MAX_VALUE), 20).page()).isEqualTo(DirectoryQueries.MAX_PAGE);
	}

	private static DirectoryQueries.Params params(String country, String status, Integer size) {
		return new DirectoryQueries.Params(null, country, status, null, null, null, null, size);
	}

	private static DirectoryQueries.Params params(String country, String status, Integer size, Integer page) {
		return new DirectoryQueries.Params(null, country, status, null, null, null, page, size);
	}

}
