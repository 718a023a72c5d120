package org.inclusivecities.platform.join;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.inclusivecities.platform.city.Cities;
import org.inclusivecities.platform.mail.TestMailServer;
import org.inclusivecities.platform.people.People;
import org.inclusivecities.platform.people.Person;
import org.inclusivecities.platform.testing.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inclusivecities.platform.join.Fixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Joining end to end with real SMTP delivery (GreenMail), and an oversized upload over real HTTP. */
@PlatformIntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.mail.poll-interval=PT0.2S")
@AutoConfigureMockMvc
class JoiningByMailIntegrationTest {

	@RegisterExtension
	static final TestMailServer smtp = new TestMailServer();

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		smtp.deliverHere(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cities cities;

	@Autowired
	People people;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MongoTemplate mongo;

	@Test
	void applyApproveReceiveTheMailSetAPasswordAndSignIn() throws Exception {
		Person admin = new Fixtures(cities, people, encoder).networkAdmin("office@ic.example", "the secretariat's long password");
		mvc.perform(JoinIntegrationTest.valid("Leeuwarden", "NL", "contactEmail", "wietske@leeuwarden.example",
				"contactLanguage", "EN")).andExpect(status().isFound());
		MimeMessage received = awaitMailTo("wietske@leeuwarden.example", "We received the application of Leeuwarden");
		assertThat(GreenMailUtil.getBody(received)).contains("Thank you for applying");

		String id = mongo.getCollection("cityApplications").find().first().getObjectId("_id").toHexString();
		mvc.perform(post("/admin/applications/" + id + "/approve").with(as(admin)).with(csrf()))
			.andExpect(status().isFound());
		MimeMessage approval = awaitMailTo("wietske@leeuwarden.example", "Welcome to Inclusive Cities: Leeuwarden is a member");
		Matcher link = Pattern.compile("http://localhost(:\\d+)?(/invitations/[A-Za-z0-9_-]{43})")
			.matcher(TestMailServer.plainText(approval)); // decoded: a non-ASCII body is quoted-printable
		assertThat(link.find()).as("an invitation link in the mail").isTrue();
		String path = link.group(2);

		mvc.perform(get(path)).andExpect(status().isOk());
		mvc.perform(post(path).param("displayName", "Wietske")
			.param("password", "frisian lakes in spring")
			.param("confirmPassword", "frisian lakes in spring")
			.with(csrf())).andExpect(redirectedUrl("/login"));
		mvc.perform(formLogin("/login").user("wietske@leeuwarden.example").password("frisian lakes in spring"))
			.andExpect(authenticated());
		mvc.perform(get(path)).andExpect(status().isGone());
	}

	@Test
	void anOversizedUploadGetsTheFormBackWithAClearMessage() throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String base = "http://localhost:" + port;
		String form = client.send(HttpRequest.newBuilder(URI.create(base + "/join")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		long before = cities.count();
		byte[] big = new byte[7 * 1024 * 1024];
		System.arraycopy(JoinIntegrationTest.pdf(), 0, big, 0, JoinIntegrationTest.pdf().length);
		String boundary = "----charter" + System.nanoTime();
		HttpResponse<String> response = client.send(HttpRequest
			.newBuilder(URI.create(base + "/join"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, big)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("The charter file must be 5 MB or smaller")
			.contains("href=\"#charter\"")
			.contains("id=\"name\"");
		assertThat(cities.count()).isEqualTo(before);
	}

	private static byte[] multipart(String boundary, byte[] file) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nBig City\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"charter\"; filename=\"charter.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.UTF_8));
		out.write(file);
		out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static MimeMessage awaitMailTo(String recipient, String subject) throws Exception {
		return smtp.awaitMailWithSubject(subject, recipient);
	}


}
