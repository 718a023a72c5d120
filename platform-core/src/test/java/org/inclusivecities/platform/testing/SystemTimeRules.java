package org.inclusivecities.platform.testing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Tests read "now" from the application's clock ({@link HarnessClock}, or a test's own movable clock), never from the
 * system: what a test seeds and what it expects then agree with what the application sees, also once a test moves
 * time. This finds the calls that read the system's time in a module's test classes: {@code Instant.now()},
 * {@code LocalDate.now()} and the other {@code java.time} {@code now} methods without a clock, and
 * {@code Clock.system*}. The clocks themselves are where the system's time comes in.
 */
public final class SystemTimeRules {

	private static final Set<String> TIME_TYPES = Set.of("java.time.Instant", "java.time.LocalDate",
			"java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
			"java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

	private SystemTimeRules() {
	}

	/**
	 * "Class.method(line)" for each read of the system's time in the test classes under the package, outside the
	 * classes named in {@code clocks} (simple names of the clocks, or of classes still to be moved to the clock).
	 */
	public static List<String> violations(String rootPackage, Set<String> clocks) {
		var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
			.importPackages(rootPackage);
		Set<String> found = new TreeSet<>();
		for (JavaClass type : classes) {
			if (clocks.contains(outermost(type).getSimpleName())) {
				continue;
			}
			for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
				if (readsSystemTime(call)) {
					found.add(type.getName() + "." + call.getOrigin().getName() + "(line " + call.getLineNumber() + "): "
							+ call.getTarget().getOwner().getSimpleName() + "." + call.getName());
				}
			}
		}
		return List.copyOf(found);
	}

	private static boolean readsSystemTime(JavaMethodCall call) {
		String owner = call.getTargetOwner().getName();
		String name = call.getName();
		var parameters = call.getTarget().getRawParameterTypes();
		if (TIME_TYPES.contains(owner) && name.equals("now")) {
			// now(Clock) reads the clock it is given; now() and now(ZoneId) read the system
			return parameters.isEmpty() || !parameters.getFirst().getName().equals("java.time.Clock");
		}
		return owner.equals("java.time.Clock") && name.startsWith("system");
	}

	private static JavaClass outermost(JavaClass type) {
		JavaClass outer = type;
		while (outer.getEnclosingClass().isPresent()) {
			outer = outer.getEnclosingClass().get();
		}
		return outer;
	}

}
