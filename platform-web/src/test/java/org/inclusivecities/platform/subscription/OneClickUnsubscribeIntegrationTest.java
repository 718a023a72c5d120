package org.inclusivecities.platform.subscription;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.city.City;
import org.inclusivecities.platform.events.MovableClock;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.Language;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 8058 one-click unsubscribe, over real SMTP (GreenMail) and real HTTP: the delivered digest carries
 * List-Unsubscribe and List-Unsubscribe-Post, and a mail client's POST to the header's URL (no session, no CSRF
 * token) deletes the subscription. The token in the URL is what authorises it: a wrong token changes nothing, and
 * the CSRF exemption covers no other form.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "platform.mail.poll-interval=PT0.3S", "platform.web.base-url=https://cities.example/" })
@Import(SubscriptionFixture.Setup.class)
class OneClickUnsubscribeIntegrationTest {

	static final Instant T = SubscriptionFixture.T;

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	DigestJob digests;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	SubscriptionFixture fixture;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theDigestCarriesOneClickHeadersAndAMailClientsPostUnsubscribes() throws Exception {
		confirmed("one@click.example");
		confirmed("other@click.example");
		City city = fixture.city("Lier");
		clock.set(T.plus(Duration.ofDays(1)));
		fixture.publish(city, "Stadswandeling");
		clock.set(T.plus(Duration.ofDays(8)));

		digests.sendDue();

		MimeMessage digest = mailTo("one@click.example");
		String[] listUnsubscribe = digest.getHeader("List-Unsubscribe");
		assertThat(listUnsubscribe).hasSize(1);
		assertThat(listUnsubscribe[0]).matches("<https://cities\\.example/unsubscribe/u[A-Za-z0-9_-]+>");
		assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String path = listUnsubscribe[0].substring("<https://cities.example".length(), listUnsubscribe[0].length() - 1);
		String otherPath = header(mailTo("other@click.example"));

		HttpResponse<String> forged = oneClick(path.substring(0, path.length() - 2) + "xx");
		assertThat(forged.statusCode()).as("a wrong token unsubscribes nobody").isEqualTo(404);
		assertThat(subscriptions.count()).isEqualTo(2);

		HttpResponse<String> response = oneClick(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(subscriptions.findByEmail("one@click.example")).as("deleted, address and all").isEmpty();
		assertThat(subscriptions.findByEmail("other@click.example")).as("only the token's own subscription")
			.isPresent();
		assertThat(oneClick(path).statusCode()).as("a used link is gone").isEqualTo(404);
		assertThat(otherPath).isNotEqualTo(path);
	}

	@Test
	void theCsrfExemptionCoversOnlyTheUnsubscribeLink() throws Exception {
		HttpResponse<String> subscribe = post("/subscribe", "email=csrf%40click.example&frequency=WEEKLY");
		assertThat(subscribe.statusCode()).isEqualTo(403);
		HttpResponse<String> confirm = post("/subscribe/confirm/cSomething", "");
		assertThat(confirm.statusCode()).isEqualTo(403);
		HttpResponse<String> nested = post("/unsubscribe/u1/extra", "List-Unsubscribe=One-Click");
		assertThat(nested.statusCode()).isEqualTo(403);
		assertThat(subscriptions.findByEmail("csrf@click.example")).isEmpty();
	}

	private void confirmed(String email) {
		fixture.confirmed(email, Language.NL, Frequency.WEEKLY);
	}

	private static String header(MimeMessage digest) throws Exception {
		String value = digest.getHeader("List-Unsubscribe")[0];
		return value.substring("<https://cities.example".length(), value.length() - 1);
	}

	/** What a mail client sends (RFC 8058 section 3.2): a bare form POST, no cookies, no token. */
	private HttpResponse<String> oneClick(String path) throws Exception {
		return post(path, "List-Unsubscribe=One-Click");
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static MimeMessage mailTo(String address) throws Exception {
		return smtp.awaitMailTo(address);
	}

}
