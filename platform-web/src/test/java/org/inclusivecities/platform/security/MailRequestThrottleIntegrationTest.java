package org.inclusivecities.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The anonymous forms that send mail cannot be used to spray inboxes: past the allowance per client address the
 * answer is 429 with the friendly page and nothing is sent; another address is not affected; one inbox gets at
 * most one confirmation mail per couple of minutes whatever the address asking.
 */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.web.mail-requests.per-address=3")
@AutoConfigureMockMvc
class MailRequestThrottleIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoTemplate mongo;

	@LocalServerPort
	int port;

	@Test
	void aClientAddressGetsTooManyRequestsPastItsAllowanceAndNothingIsSent() throws Exception {
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/subscribe").param("email", "victim" + i + "@example.org").param("frequency", "WEEKLY")
				.with(csrf()).with(from("10.0.0.1"))).andExpect(status().is3xxRedirection());
		}
		long mails = mongo.getCollection("outbox").countDocuments();
		assertThat(mails).isEqualTo(3);

		mvc.perform(post("/password-reset").param("email", "victim9@example.org").with(csrf()).with(from("10.0.0.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(post("/subscribe").param("email", "victim9@example.org").param("frequency", "WEEKLY")
			.with(csrf()).with(from("10.0.0.1"))).andExpect(status().isTooManyRequests());
		assertThat(mongo.getCollection("outbox").countDocuments()).isEqualTo(mails);

		mvc.perform(post("/subscribe").param("email", "someone@example.org").param("frequency", "WEEKLY")
			.with(csrf()).with(from("10.0.0.2"))).andExpect(status().is3xxRedirection());
		mvc.perform(post("/subscribe").param("email", "someone@example.org").param("frequency", "WEEKLY")
			.with(csrf()).with(from("10.0.0.3"))).andExpect(status().is3xxRedirection());
		assertThat(mongo.getCollection("outbox").countDocuments()).as("the second ask within minutes sends nothing")
			.isEqualTo(mails + 1);
	}

	@Test
	void theRefusalIsTheFriendlyPageInTheVisitorsLanguage() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base() + "/subscribe")).build(),
				HttpResponse.BodyHandlers.ofString());
		String session = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form.body());
		assertThat(token.find()).isTrue();
		HttpResponse<String> last = null;
		for (int i = 0; i < 4; i++) {
			last = http.send(HttpRequest.newBuilder(URI.create(base() + "/password-reset"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", session)
				.header("Accept", "text/html")
				.header("Accept-Language", "nl")
				.POST(HttpRequest.BodyPublishers.ofString("email=nobody%40example.org&_csrf=" + token.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.body()).contains("Te veel verzoeken").doesNotContain("Exception", "at org.");
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
