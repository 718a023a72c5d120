package org.inclusivecities.platform.routing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.inclusivecities.platform.pool.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing benchmark of bench/README.md: 500 cities, 5,000 reviewers, 1,000 open requests × 3 reviewers,
 * each multiplied by {@code -Dbench.scale} (default 1; the (request, reviewer) pairs grow with its square).
 * Not a *Test, so the normal build skips it; run it by name (see bench/README.md). Seeded, so every run
 * routes the same network; prints the time of each phase and the outcome. Run 1 is a cold JVM (the JIT has not
 * compiled the routing code yet); later runs show the steady state. {@code -Dbench.fair=false} turns fair panels
 * off, {@code -Dbench.city-cap=N} sets the cap on a city's seats per cycle (defaults: the platform's).
 */
@Tag("benchmark")
class RoutingBenchmark {

	static final int SCALE = Integer.getInteger("bench.scale", 1);

	static final int CITIES = 500 * SCALE;

	static final int REVIEWERS = 5_000 * SCALE;

	static final int REQUESTS = 1_000 * SCALE;

	@Test
	void routesTheNetworkScaleInstance() {
		int runs = Integer.getInteger("bench.runs", 3);
		long loading = System.nanoTime();
		OrTools.load();
		System.out.printf("OR-Tools native library loaded in %d ms (once per JVM; not part of the runs below)%n",
				(System.nanoTime() - loading) / 1_000_000);
		for (int run = 1; run <= runs; run++) {
			Random random = new Random(42);
			long builtAt = System.nanoTime();
			List<String> languages = List.of("en", "nl", "fr", "de", "es", "it");
			List<String> topics = List.of("recovery-cafe", "employment", "housing", "sport", "arts", "education",
					"health", "justice", "family", "peer-support");
			Set<CityPair> ties = new HashSet<>();
			Set<CityPair> recent = new HashSet<>();
			Map<String, Integer> cityLoad = new HashMap<>();
			for (int c = 0; c < CITIES; c++) {
				ties.add(new CityPair("c" + c, "c" + random.nextInt(CITIES)));
				recent.add(new CityPair("c" + c, "c" + random.nextInt(CITIES)));
				recent.add(new CityPair("c" + c, "c" + random.nextInt(CITIES)));
				cityLoad.put("c" + c, random.nextInt(4));
			}
			LocalDate start = LocalDate.of(2027, 3, 1);
			List<Candidate> candidates = new ArrayList<>();
			for (int v = 0; v < REVIEWERS; v++) {
				String city = "c" + (v % CITIES);
				int cap = 1 + random.nextInt(3);
				List<Period> away = random.nextInt(10) == 0
						? List.of(new Period(start.plusDays(random.nextInt(60)), start.plusDays(60 + random.nextInt(30))))
						: List.of();
				Set<String> conflicts = random.nextInt(20) == 0 ? Set.of("c" + random.nextInt(CITIES)) : Set.of();
				candidates.add(new Candidate("v" + v, city, Set.of(city), pick(random, languages, 1 + random.nextInt(2)),
						pick(random, topics, 1 + random.nextInt(3)), cap, random.nextInt(cap), away, conflicts));
			}
			List<RoutingRequest> requests = new ArrayList<>();
			for (int r = 0; r < REQUESTS; r++) {
				LocalDate from = start.plusDays(random.nextInt(120));
				requests.add(new RoutingRequest("r" + r, "c" + random.nextInt(CITIES), pick(random, languages, 1),
						pick(random, topics, 2), new Period(from, from.plusDays(30)), Set.of()));
			}
			var context = new RoutingContext(ties, recent, Set.of(), cityLoad);
			RoutingSettings settings = new RoutingSettings(3, 1, CostWeights.defaults(),
					Duration.ofSeconds(Integer.getInteger("bench.limit-seconds", 120)), Integer.getInteger("bench.window", 8),
					Integer.getInteger("bench.city-cap", RoutingSettings.CITY_SEATS_PER_CYCLE),
					Boolean.parseBoolean(System.getProperty("bench.fair", String.valueOf(RoutingSettings.FAIR_PANELS))));
			var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
				.getOperatingSystemMXBean();
			long cpuBefore = os.getProcessCpuTime();
			double loadBefore = os.getSystemLoadAverage();
			long routedAt = System.nanoTime();
			RoutingResult result = new Router(settings, HardRules.standard()).route(requests, candidates, context,
					step -> System.out.printf(
							"  %-17s round %d: %d requests, %d arcs, objective %d, bound %d, unfilled %d, %d ms wall, %d ms CPU%n",
							step.phase(), step.round(), step.requests(), step.arcs(), step.cost(), step.bound(),
							step.unfilledSeats(),
							step.elapsed().toMillis(), (os.getProcessCpuTime() - cpuBefore) / 1_000_000));
			long doneAt = System.nanoTime();
			long firstValid = result.progress()
				.stream()
				.filter(p -> p.phase().equals("valid"))
				.findFirst()
				.map(p -> p.elapsed().toMillis())
				.orElse(-1L);
			System.out.printf(
					"run %d (scale %d: %d requests, %d reviewers): first valid assignment at %d ms; %s at %d ms, "
							+ "cost %d, bound %d, gap %d; peak heap %d MB, peak resident %s%n",
					run, SCALE, REQUESTS, REVIEWERS, firstValid, result.outcome(), (doneAt - routedAt) / 1_000_000,
					result.cost(), result.bound(), result.gap(), peakHeapMegabytes(), peakResident());
			long cpu = os.getProcessCpuTime() - cpuBefore;
			System.out.printf(
					"run %d: outcome %s, %d assignments, %d unrouted, cost %d, routing %d ms wall, %d ms process CPU, "
							+ "load average %.1f -> %.1f on %d cores (instance built in %d ms)%n",
					run, result.outcome(), result.assignments().size(), result.unrouted().size(), result.cost(),
					(doneAt - routedAt) / 1_000_000, cpu / 1_000_000, loadBefore, os.getSystemLoadAverage(),
					Runtime.getRuntime().availableProcessors(), (routedAt - builtAt) / 1_000_000);
			Map<String, Integer> perCity = new HashMap<>();
			result.assignments().forEach(a -> perCity.merge(a.reviewerCityId(), 1, Integer::sum));
			System.out.printf("run %d: fair panels %s, worst panel %d, most seats of one city %d (cap %d)%n", run,
					settings.fairPanels(), result.worstPanel(),
					perCity.values().stream().mapToInt(Integer::intValue).max().orElse(0), settings.citySeatsPerCycle());
			result.unrouted().stream().limit(3).forEach(u -> System.out.println("  " + u.message()));
			assertThat(result.assignments().size() + 3 * result.unrouted().size()).isEqualTo(3 * REQUESTS);
		}
	}

	/** The sum of the heap pools' peaks since the JVM started (the Java side; OR-Tools' native memory is not in it). */
	private static long peakHeapMegabytes() {
		return java.lang.management.ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

	/** The process's peak resident memory (Java and native) from /proc/self/status, where there is one. */
	private static String peakResident() {
		try {
			return java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))
				.stream()
				.filter(line -> line.startsWith("VmHWM:"))
				.map(line -> line.substring(6).trim())
				.findFirst()
				.orElse("unknown");
		}
		catch (java.io.IOException unreadable) {
			return "unknown";
		}
	}

	private static Set<String> pick(Random random, List<String> from, int count) {
		Set<String> picked = new HashSet<>();
		while (picked.size() < count) {
			picked.add(from.get(random.nextInt(from.size())));
		}
		return picked;
	}

}
