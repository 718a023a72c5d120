package org.inclusivecities.platform.directory;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.data.domain.Sort;

/** Orders of the directory: by name (A–Z), population (largest first), membership (longest-standing first). */
public enum DirectorySort {

	NAME("name", Sort.by("searchName")), POPULATION("population", Sort.by(Sort.Direction.DESC, "population")),
	MEMBER_SINCE("member-since", Sort.by("memberSince"));

	private final String key;

	private final Sort sort;

	DirectorySort(String key, Sort sort) {
		this.key = key;
		this.sort = sort;
	}

	public String key() {
		return key;
	}

	/** The order, with name and id as tie-breakers so pages never overlap. */
	Sort sort() {
		return sort.and(Sort.by("searchName", "_id"));
	}

	public static Optional<DirectorySort> ofKey(String key) {
		return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
	}

}
