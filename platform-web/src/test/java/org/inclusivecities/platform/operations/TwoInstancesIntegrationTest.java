package org.inclusivecities.platform.operations;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.inclusivecities.platform.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application processes on one database behave as one platform: instance A runs the embedded
 * database, instance B points {@code spring.mongodb.uri} at it (or both use the real test MongoDB when
 * one is configured), both deliver mail to the same SMTP server. A seeds the demo network. Each follows the other's
 * changes through the change feed: B through a change stream (the embedded server runs with its oplog here; a real
 * MongoDB is a replica set), A by polling the change log, so both implementations are proven.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTest {

	private static final String EMAIL = "ines.two-instances@example.org";

	private static final String PASSWORD = "a long enough test passphrase";

	private static final String GLASGOW_ADMIN = "admin.glasgow@demo.inclusive-cities.example";

	private static final String DEMO_PASSWORD = "recovery-together-demo";

	/** The demo practice's story, given with consent. */
	private static final String STORY = "The first walk";

	/** A story added to the demo practice, as if given and moderated earlier. */
	private static final String SECOND_STORY = "A second walk";

	/** How often A polls the change log. */
	private static final Duration POLL_INTERVAL = Duration.ofSeconds(1);

	/** How long a change may take to reach the other instance here: generous, as the test machine may be busy. */
	private static final Duration PROPAGATION = Duration.ofSeconds(8);

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@TempDir
	static Path dataDir;

	private final FormClient client = new FormClient();

	private AppProcess a;

	private AppProcess b;

	private MongoClient mongo;

	private MongoDatabase database;

	@BeforeAll
	void startTwoInstances() {
		Map<String, String> mail = Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port",
				String.valueOf(smtp.getSmtp().getPort()), "platform.mail.poll-interval", "PT0.5S");
		String shared = realDatabaseRequested() ? TestDatabase.newDatabaseUri() : null;
		var withSharedDatabase = new java.util.HashMap<>(mail);
		// the test classpath turns the change feed off for in-process tests; these instances have other instances
		withSharedDatabase.put("platform.core.other-instances", "true");
		// A seeds the demo network and follows B by polling the change log; B picks its feed itself (a change stream)
		var polling = new java.util.HashMap<>(withSharedDatabase);
		polling.putAll(Map.of("platform.demo-data", "true", "platform.core.change-feed.mode", "polling",
				"platform.core.change-feed.poll-interval", POLL_INTERVAL.toString()));
		if (shared != null) {
			withSharedDatabase.put("spring.mongodb.uri", shared);
			polling.put("spring.mongodb.uri", shared);
			a = AppProcess.launch("instance-a", dataDir.resolve("a"), polling);
		}
		else {
			// A runs the embedded database (with its oplog, so B's change stream works), B uses it as its MongoDB and
			// waits for it while A starts; A is told that another instance writes to its database (deploy/README.md)
			var embedding = new java.util.HashMap<>(polling);
			embedding.put("platform.embedded-mongodb.oplog", "true");
			a = AppProcess.launch("instance-a", dataDir.resolve("a"), embedding);
			shared = a.embeddedMongoUri();
			withSharedDatabase.put("spring.mongodb.uri", shared + "?serverSelectionTimeoutMS=400000");
		}
		// both start at the same time, so both reach the migrations at about the same time
		b = AppProcess.launch("instance-b", dataDir.resolve("b"), withSharedDatabase);
		a.awaitReady();
		b.awaitReady();
		mongo = MongoClients.create(shared);
		database = mongo.getDatabase(new ConnectionString(shared).getDatabase());
		database.getCollection("people").insertOne(new Document("email", EMAIL).append("displayName", "Inès")
			.append("language", "EN")
			.append("passwordHash", PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD))
			.append("networkAdmin", false)
			.append("memberships", List.of())
			.append("createdAt", new Date())
			.append("version", 0L));
		// before any page is rendered (and kept): both stories public, each test withdraws one
		makePublic(demoPractice(), STORY);
		withSecondStory(demoPractice(), SECOND_STORY);
	}

	/** With a real MongoDB configured for the tests (or required by -Preal-mongodb), both instances use it. */
	private static boolean realDatabaseRequested() {
		String uri = System.getenv(TestDatabase.URI_VARIABLE);
		return (uri != null && !uri.isBlank()) || TestDatabase.realRequired();
	}

	@AfterAll
	void stop() {
		if (mongo != null) {
			mongo.close();
		}
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void signedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
		String session = signIn(a);

		assertThat(get(b, "/", session).body()).as("B's page for the person signed in on A")
			.contains("action=\"/logout\"")
			.doesNotContain("href=\"/login\"");
		HttpResponse<String> workspace = get(b, "/my", session);
		assertThat(workspace.headers().firstValue("Location").orElse("")).doesNotContain("/login");
		assertThat(get(b, "/my", null).headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void signingOutOnOneInstanceSignsOutOnTheOther() throws Exception {
		String session = signIn(a);
		assertThat(get(a, "/", session).body()).contains("action=\"/logout\"");

		String csrf = csrfToken(get(b, "/", session).body());
		HttpResponse<String> signOut = post(b, "/logout", session, Map.of("_csrf", csrf));
		assertThat(signOut.statusCode()).isEqualTo(302);

		assertThat(get(a, "/", session).body()).as("A's page after signing out on B")
			.contains("href=\"/login\"")
			.doesNotContain("action=\"/logout\"");
		assertThat(database.getCollection("sessions").countDocuments(Filters.eq("_id", session.substring(session.indexOf('=') + 1)))).isZero();
	}

	@Test
	void eachOutboxMailIsDeliveredOnceWhileBothInstancesPoll() throws Exception {
		int count = 40;
		Instant now = Instant.now();
		List<Document> mails = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			mails.add(new Document("_id", new ObjectId()).append("recipient", "secretariat@example.org")
				.append("subject", "Two instances " + i)
				.append("textBody", "Mail " + i)
				.append("template", "two-instances")
				.append("status", "PENDING")
				.append("attempts", 0)
				.append("createdAt", Date.from(now))
				.append("nextAttemptAt", Date.from(now))
				.append("version", 0L));
		}
		database.getCollection("outbox").insertMany(mails);

		// other tests of this class send mails of their own (a sign-in, an invitation): count only these
		var sent = Filters.and(Filters.eq("template", "two-instances"), Filters.eq("status", "SENT"));
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (database.getCollection("outbox").countDocuments(sent) < count && System.nanoTime() < deadline) {
			AppProcess.sleep(Duration.ofMillis(200));
		}
		assertThat(database.getCollection("outbox").countDocuments(sent)).isEqualTo(count);
		// a few more polling rounds of both instances: nothing may go out a second time
		AppProcess.sleep(Duration.ofSeconds(2));

		Map<String, Long> deliveries = java.util.Arrays.stream(smtp.getReceivedMessages())
			.map(TwoInstancesIntegrationTest::subject)
			.filter(subject -> subject.startsWith("Two instances "))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(deliveries).hasSize(count);
		assertThat(deliveries).allSatisfy((subject, times) -> assertThat(times).as(subject).isEqualTo(1L));
		assertThat(deliveries.keySet()).containsExactlyInAnyOrderElementsOf(
				IntStream.range(0, count).mapToObj(i -> "Two instances " + i).toList());
	}

	/** Mongock's lock: of two instances starting together, one migrates and the other waits. */
	@Test
	void migrationsRanOnceForBothInstances() {
		assertThat(database.getCollection("mongockChangeLog")
			.countDocuments(Filters.and(Filters.eq("changeId", "entity-indexes"), Filters.eq("state", "EXECUTED"))))
			.isEqualTo(1);
	}

	/** B keeps the practice page in its page cache: only the change stream can tell it the story is gone. */
	@Test
	void aConsentWithdrawnOnOneInstanceDisappearsFromTheOtherThroughTheChangeStream()
			throws Exception {
		Document practice = demoPractice();
		String page = "/practices/" + practice.getObjectId("_id").toHexString();
		assertThat(get(b, page, null).body()).contains(STORY);
		assertThat(get(b, page, null).headers().firstValue("X-Page-Cache")).as("kept by B").hasValue("HIT");

		withdraw(a, practice, storyId(practice, STORY));

		assertThat(get(a, page, null).body()).as("on A at once").doesNotContain(STORY);
		// B does not poll (change-stream mode): the story can only leave its cache through the stream. How fast is a
		// target for the benchmarks, not a bound a busy test machine can promise; a generous one catches a lost event
		assertThat(untilAbsent(b, page, STORY)).as("gone from B after").isLessThan(PROPAGATION);
	}

	/** A keeps the practice page in its page cache: only its poll of the change log can tell it the story is gone. */
	@Test
	void aConsentWithdrawnOnOneInstanceDisappearsFromTheOtherWhenPolling() throws Exception {
		String title = SECOND_STORY;
		Document practice = demoPractice();
		String page = "/practices/" + practice.getObjectId("_id").toHexString();
		assertThat(get(a, page, null).body()).contains(title);
		assertThat(get(a, page, null).headers().firstValue("X-Page-Cache")).as("kept by A").hasValue("HIT");

		withdraw(b, practice, storyId(practice, title));

		assertThat(get(b, page, null).body()).as("on B at once").doesNotContain(title);
		// within a few poll intervals (one interval plus a read and a rendering on a quiet machine)
		assertThat(untilAbsent(a, page, title)).as("gone from A after").isLessThan(PROPAGATION);
	}

	/** The demo practice with a story (Glasgow's), as stored. */
	private Document demoPractice() {
		return database.getCollection("practices").find(Filters.eq("stories.title", STORY)).first();
	}

	/** The demo story waits for the secretariat's moderation; here it was published already. */
	private void makePublic(Document practice, String title) {
		database.getCollection("practices")
			.updateOne(Filters.and(Filters.eq("_id", practice.get("_id")), Filters.eq("stories.title", title)),
					new Document("$set", new Document("stories.$.published", true)));
	}

	/** Adds a second public story with consent, as if given and published earlier. */
	private void withSecondStory(Document practice, String title) {
		Document first = stories(practice).stream().filter(s -> STORY.equals(s.getString("title"))).findFirst().orElseThrow();
		Document second = new Document(first);
		second.put(first.containsKey("_id") ? "_id" : "id", java.util.UUID.randomUUID().toString());
		second.put("title", title);
		second.put("text", "We walked again, with the whole council.");
		second.put("published", true); // as if moderated
		Document consent = new Document(first.get("consent", Document.class));
		consent.remove("withdrawnAt");
		second.put("consent", consent);
		database.getCollection("practices")
			.updateOne(Filters.eq("_id", practice.get("_id")), new Document("$push", new Document("stories", second)));
	}

	private static List<Document> stories(Document practice) {
		return practice.getList("stories", Document.class);
	}

	private static String storyId(Document practice, String title) {
		Document story = stories(practice).stream()
			.filter(s -> title.equals(s.getString("title")))
			.findFirst()
			.orElseThrow();
		return String.valueOf(story.containsKey("_id") ? story.get("_id") : story.get("id"));
	}

	/** The Glasgow admin withdraws the consent through the workspace's button, signed in on {@code app}. */
	private void withdraw(AppProcess app, Document practice, String storyId) throws Exception {
		String session = client.signIn(app, GLASGOW_ADMIN, DEMO_PASSWORD);
		String workspace = "/my/cities/glasgow/practices/" + practice.getObjectId("_id").toHexString();
		HttpResponse<String> withdrawn = client.submit(app, workspace, workspace + "/stories/" + storyId + "/withdraw",
				session, Map.of());
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(withdrawn.headers().firstValue("Location").orElse("")).endsWith(workspace);
	}

	/** How long after now {@code page} of {@code app} stops showing {@code text} (asked every 20 ms, at most 10 s). */
	private Duration untilAbsent(AppProcess app, String page, String text) throws Exception {
		long start = System.nanoTime();
		long deadline = start + Duration.ofSeconds(10).toNanos();
		while (get(app, page, null).body().contains(text)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(page + " still shows \"" + text + "\" after 10 s");
			}
			AppProcess.sleep(Duration.ofMillis(20));
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private String signIn(AppProcess app) throws Exception {
		return client.signIn(app, EMAIL, PASSWORD);
	}

	private HttpResponse<String> get(AppProcess app, String path, String session)
			throws IOException, InterruptedException {
		return client.get(app, path, session);
	}

	private HttpResponse<String> post(AppProcess app, String path, String session, Map<String, String> form)
			throws IOException, InterruptedException {
		return client.post(app, path, session, form);
	}

	private static String csrfToken(String html) {
		return FormClient.csrfToken(html);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
