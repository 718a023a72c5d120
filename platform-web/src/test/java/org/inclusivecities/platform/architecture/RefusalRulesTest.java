package org.inclusivecities.platform.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.inclusivecities.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Every unchecked exception of the platform (core, review and web) is a refusal of one of the four kinds, so the
 * one mapping per surface knows its status without a list: an exception extending {@code RuntimeException},
 * {@code IllegalArgumentException} or {@code IllegalStateException} directly fails here.
 */
class RefusalRulesTest {

	private static final JavaClasses PLATFORM = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.inclusivecities.platform");

	@Test
	void everyUncheckedExceptionOfThePlatformIsARefusal() {
		classes().that()
			.areAssignableTo(RuntimeException.class)
			// a start-up failure explained by SiteUrlFailureAnalyzer, never the answer to a request
			.and()
			.doNotHaveFullyQualifiedName("org.inclusivecities.platform.layout.SiteUrlNotConfigured")
			.should()
			.beAssignableTo(Refusal.class)
			.because("a domain exception outside the refusal hierarchy is mapped by no advice and answers 500")
			.check(PLATFORM);
	}

}
