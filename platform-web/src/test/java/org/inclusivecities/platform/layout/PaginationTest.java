package org.inclusivecities.platform.layout;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaginationTest {

	@Test
	void showsFirstLastCurrentAndNeighboursWithEllipses() {
		Pagination pagination = Pagination.of(4, 10, i -> "/cities?page=" + (i + 1));
		assertThat(pagination.items()).extracting(i -> i.ellipsis() ? "…" : String.valueOf(i.number()))
			.containsExactly("1", "…", "4", "5", "6", "…", "10");
		assertThat(pagination.items()).filteredOn(Pagination.Item::current).extracting(Pagination.Item::number)
			.containsExactly(5);
		assertThat(pagination.previous()).isEqualTo("/cities?page=4");
		assertThat(pagination.next()).isEqualTo("/cities?page=6");
	}

	@Test
	void firstAndLastPagesHaveNoLinkBeyondThem() {
		assertThat(Pagination.of(0, 2, i -> "p" + i).previous()).isNull();
		assertThat(Pagination.of(1, 2, i -> "p" + i).next()).isNull();
		assertThat(Pagination.of(0, 1, i -> "p" + i).needed()).isFalse();
		assertThat(Pagination.of(0, 0, i -> "p" + i).needed()).isFalse();
	}

}
