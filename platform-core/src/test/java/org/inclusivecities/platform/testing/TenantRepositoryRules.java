package org.inclusivecities.platform.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.inclusivecities.platform.city.CrossCity;

import org.springframework.core.ResolvableType;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.QueryByExampleExecutor;

/**
 * Tenancy that cannot be forgotten: a repository of a document that has a {@code cityId} or {@code cityIds} (a
 * tenant-owned document, of one city or shared by a few) extends plain {@link Repository}, never a CRUD/Mongo repository with unscoped finders, and
 * every method it declares takes the city ({@code cityId} parameter) — except {@code save}/{@code insert},
 * whose document carries its city, and methods marked {@link CrossCity} with the reason they span cities.
 */
public final class TenantRepositoryRules {

	private static final Set<Class<?>> UNSCOPED = Set.of(CrudRepository.class, ListCrudRepository.class,
			PagingAndSortingRepository.class, QueryByExampleExecutor.class);

	/** Writes whose document carries its own cityId. */
	private static final Set<String> WRITES_OF_A_DOCUMENT = Set.of("save", "saveAll", "insert", "insertAll");

	private TenantRepositoryRules() {
	}

	/** Problems found among the repositories in (sub-packages of) {@code basePackage}; empty when all obey. */
	public static List<String> violations(String basePackage) {
		List<Class<?>> repositories = new ArrayList<>();
		for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage)) {
			if (javaClass.isInterface() && javaClass.isAssignableTo(Repository.class)) {
				repositories.add(javaClass.reflect());
			}
		}
		return violations(repositories);
	}

	/** Problems found among these repository interfaces. */
	public static List<String> violations(List<Class<?>> repositories) {
		List<String> problems = new ArrayList<>();
		for (Class<?> repository : repositories) {
			Class<?> document = ResolvableType.forClass(repository).as(Repository.class).resolveGeneric(0);
			if (document == null || !hasCityId(document)) {
				continue;
			}
			UNSCOPED.stream()
				.filter(unscoped -> unscoped.isAssignableFrom(repository))
				.forEach(unscoped -> problems.add(repository.getName() + " extends " + unscoped.getSimpleName()
						+ ": tenant repositories extend Repository<T, ID> with city-scoped methods only"));
			for (Method method : repository.getDeclaredMethods()) {
				if (method.isDefault() || WRITES_OF_A_DOCUMENT.contains(method.getName())
						|| method.isAnnotationPresent(CrossCity.class)) {
					continue;
				}
				boolean scoped = Arrays.stream(method.getParameters()).map(Parameter::getName).anyMatch("cityId"::equals);
				if (!scoped) {
					problems.add(repository.getName() + "." + method.getName() + " has no cityId parameter");
				}
			}
		}
		return problems;
	}

	private static boolean hasCityId(Class<?> type) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				// a document of one city (cityId) or shared by several (cityIds, e.g. a pairing of two cities)
				if (field.getName().equals("cityId") || field.getName().equals("cityIds")) {
					return true;
				}
			}
		}
		return false;
	}

}
