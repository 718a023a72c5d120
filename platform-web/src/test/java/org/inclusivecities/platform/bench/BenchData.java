package org.inclusivecities.platform.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.city.CityProfile;
import org.inclusivecities.platform.city.CityStatus;
import org.inclusivecities.platform.city.Coordinates;
import org.inclusivecities.platform.city.Slugs;
import org.inclusivecities.platform.plan.ActivityType;
import org.inclusivecities.platform.plan.Aim;
import org.inclusivecities.platform.practice.Practice;
import org.inclusivecities.platform.practice.PracticeContent;
import org.inclusivecities.platform.practice.PublishedPractice;
import org.inclusivecities.platform.plan.Sector;
import org.inclusivecities.platform.practice.search.BenchIndex;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Benchmark data: member cities and published practices with English and Dutch text, written straight into
 * MongoDB in batches of 1,000 ({@code insertMany}). The documents are built as the application builds them
 * ({@link City#apply}, {@link Practice#draft} → submit → publish) and converted by Spring Data's own mapping, so
 * their shape is exactly what the application stores. Deterministic: the same seed gives the same data.
 * <p>
 * With a data folder as fifth argument, the search index is also built there, in {@code search-index} (what the
 * application opens with {@code platform.web.search.index-dir=search-index}), by the application's own indexing
 * code from the same published views the application would make of these documents.
 * <p>
 * Usage: {@code BenchData <mongodb-uri> [cities=20000] [practices=200000] [seed=4] [data-dir]}; prints slugs to
 * standard output after {@code SLUG } (for the benchmark script), progress to standard error.
 */
public final class BenchData {

	static final int BATCH = 1_000;

	private static final String[][] COUNTRIES = { { "NL", "nl" }, { "BE", "nl", "fr" }, { "GB", "en" },
			{ "IE", "en", "ga" }, { "DE", "de" }, { "FR", "fr" }, { "ES", "es" }, { "PT", "pt" }, { "IT", "it" },
			{ "SE", "sv" }, { "NO", "no" }, { "DK", "da" }, { "FI", "fi", "sv" }, { "PL", "pl" }, { "CZ", "cs" },
			{ "HU", "hu" }, { "RO", "ro" }, { "GR", "el" }, { "LT", "lt" }, { "SI", "sl" } };

	private static final String[] SYLLABLES = { "am", "ber", "cas", "dor", "el", "fen", "gro", "har", "ing", "jan",
			"kel", "lan", "mar", "nor", "os", "pel", "quin", "ros", "sten", "tor", "ul", "ven", "wil", "zan", "bra",
			"del", "ede", "fal", "gen", "hol", "ker", "lin", "mun", "ned", "oud", "pra", "rijn", "sol", "ter", "vli" };

	private static final String[] NAME_SUFFIXES = { "", "", "", "dam", "burg", "veld", "ford", "ville", "stad", "by" };

	private static final Instant START = Instant.parse("2019-01-01T00:00:00Z");

	private final SplittableRandom random;

	private final MongoConverter converter;

	private BenchData(long seed, MongoConverter converter) {
		this.random = new SplittableRandom(seed);
		this.converter = converter;
	}

	/** The public views of the generated practices, kept only when a search index is to be built. */
	private final List<PublishedPractice> views = new ArrayList<>();

	private boolean keepViews;

	public static void main(String[] args) throws IOException {
		String uri = args.length > 0 ? args[0] : "mongodb://127.0.0.1:27017/inclusive-cities";
		int cityCount = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		int practiceCount = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 4L;
		String database = new com.mongodb.ConnectionString(uri).getDatabase();
		try (MongoClient client = MongoClients.create(uri)) {
			MongoTemplate template = new MongoTemplate(client, database == null ? "inclusive-cities" : database);
			BenchData data = new BenchData(seed, template.getConverter());
			data.keepViews = args.length > 4;
			data.generate(template, cityCount, practiceCount);
			if (data.keepViews) {
				long started = System.nanoTime();
				BenchIndex.rebuild(Path.of(args[4]), Path.of("search-index"), data.views);
				System.err.printf("Search index of %d practices built in %s%n", data.views.size(),
						Duration.ofNanos(System.nanoTime() - started));
			}
		}
	}

	private void generate(MongoTemplate template, int cityCount, int practiceCount) {
		long started = System.nanoTime();
		MongoCollection<Document> cities = template.getCollection(template.getCollectionName(City.class));
		MongoCollection<Document> practices = template.getCollection(template.getCollectionName(Practice.class));
		List<CityRef> refs = new ArrayList<>(cityCount);
		Set<String> slugs = new HashSet<>();
		List<Document> batch = new ArrayList<>(BATCH);
		while (refs.size() < cityCount) {
			CityRef ref = city(slugs, batch);
			refs.add(ref);
			flushWhenFull(cities, batch, refs.size(), cityCount, "cities");
		}
		flush(cities, batch);
		for (int i = 1; i <= practiceCount; i++) {
			batch.add(practice(refs.get(random.nextInt(refs.size()))));
			flushWhenFull(practices, batch, i, practiceCount, "practices");
		}
		flush(practices, batch);
		System.err.printf("Generated %d cities and %d published practices in %s%n", cityCount, practiceCount,
				Duration.ofNanos(System.nanoTime() - started));
		refs.stream().limit(50).forEach(ref -> System.out.println("SLUG " + ref.slug()));
	}

	private record CityRef(String id, String slug, String name, String[] country) {
	}

	private CityRef city(Set<String> slugs, List<Document> batch) {
		String name;
		do {
			name = cityName();
		}
		while (!slugs.add(Slugs.slugify(name)));
		String[] country = COUNTRIES[random.nextInt(COUNTRIES.length)];
		List<String> languages = List.of(country).subList(1, country.length);
		Coordinates coordinates = new Coordinates(round(36 + random.nextDouble() * 34),
				round(-9 + random.nextDouble() * 38));
		long population = 5_000 + (long) (Math.pow(random.nextDouble(), 3) * 2_000_000);
		CityProfile profile = new CityProfile(name, country[0], region(), population, languages, coordinates,
				"https://www." + Slugs.slugify(name) + ".example");
		Instant applied = START.plus(Duration.ofHours(random.nextInt(24 * 365 * 5)));
		City city = City.apply(profile, applied);
		city.moveTo(CityStatus.MEMBER, applied.plus(Duration.ofDays(1 + random.nextInt(60))), null, null);
		String id = new ObjectId().toHexString();
		batch.add(document(city, id));
		return new CityRef(id, city.getSlug(), name, country);
	}

	private Document practice(CityRef city) {
		Vocabulary.Language language = random.nextInt(10) < 5 ? Vocabulary.EN : Vocabulary.NL;
		List<String> languages = random.nextInt(10) == 0 ? List.of("nl", "en") : List.of(language.code());
		String activity = Vocabulary.pick(random, language.activities());
		String title = Vocabulary.capitalised(String.format(language.titleFormat(),
				Vocabulary.pick(random, language.adjectives()), activity, city.name()));
		String partners = Vocabulary.pick(random, language.partners()) + (language == Vocabulary.EN ? " and " : " en ")
				+ Vocabulary.pick(random, language.partners());
		String summary = Vocabulary.pick(random, language.openings()) + " "
				+ Vocabulary.pick(random, language.outcomes());
		String whatWasDone = (language == Vocabulary.EN ? "We organised a **%s** together with %s.%n%n- %s%n- %s"
				: "We organiseerden een **%s** samen met %s.%n%n- %s%n- %s").formatted(activity, partners,
						Vocabulary.pick(random, language.lessons()), Vocabulary.pick(random, language.lessons()));
		PracticeContent content = new PracticeContent(title, summary,
				Vocabulary.sentences(random, language.openings(), 2), whatWasDone, Vocabulary.capitalised(partners) + ".",
				Vocabulary.sentences(random, language.outcomes(), 2),
				language == Vocabulary.EN ? "About €" + (500 + random.nextInt(20_000)) + " a year."
						: "Ongeveer €" + (500 + random.nextInt(20_000)) + " per jaar.",
				Vocabulary.sentences(random, language.lessons(), 2), "team@" + city.slug() + ".example",
				some(ActivityType.class, 2), some(Aim.class, 3), some(Sector.class, 2),
				List.of(Vocabulary.pick(random, language.groups())), languages, List.of());
		Instant created = START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 7)));
		Practice practice = Practice.draft(city.id(), content, new ObjectId().toHexString(), created);
		practice.submit(created.plus(Duration.ofDays(2)));
		Instant published = created.plus(Duration.ofDays(5));
		practice.publish(new ObjectId().toHexString(), published);
		String id = new ObjectId().toHexString();
		if (keepViews) {
			views.add(new PublishedPractice(id, city.id(), city.name(), city.slug(), city.country()[0], content,
					List.of(), List.of(), published, published, List.of()));
		}
		return document(practice, id);
	}

	/** Converted by Spring Data's mapping as {@code MongoTemplate.insert} would, which also starts the version at 0. */
	private Document document(Object entity, String id) {
		Document document = new Document();
		converter.write(entity, document);
		document.put("_id", new ObjectId(id));
		document.put("version", 0L);
		return document;
	}

	private <E extends Enum<E>> Set<E> some(Class<E> type, int max) {
		E[] all = type.getEnumConstants();
		Set<E> chosen = EnumSet.noneOf(type);
		int count = 1 + random.nextInt(max);
		while (chosen.size() < count) {
			chosen.add(all[random.nextInt(all.length)]);
		}
		return chosen;
	}

	private String cityName() {
		int parts = 2 + random.nextInt(2);
		StringBuilder name = new StringBuilder();
		for (int i = 0; i < parts; i++) {
			name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		name.append(NAME_SUFFIXES[random.nextInt(NAME_SUFFIXES.length)]);
		String result = Vocabulary.capitalised(name.toString());
		return random.nextInt(8) == 0 ? "Sint-" + result : result;
	}

	private String region() {
		return "Region " + (char) ('A' + random.nextInt(26));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 10_000) / 10_000.0;
	}

	private static void flushWhenFull(MongoCollection<Document> collection, List<Document> batch, int done, int total,
			String what) {
		if (batch.size() == BATCH) {
			flush(collection, batch);
			if (done % 20_000 == 0 || done == total) {
				System.err.printf("  %d / %d %s%n", done, total, what);
			}
		}
	}

	private static void flush(MongoCollection<Document> collection, List<Document> batch) {
		if (!batch.isEmpty()) {
			collection.insertMany(batch);
			batch.clear();
		}
	}

}
