package org.inclusivecities.platform.mail;

import java.util.Arrays;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail on a free port) for one test class, started before the class's Spring context
 * and stopped after its last test; the application's Spring Mail sends to it, so the outbox worker really delivers.
 * Mails are kept for the whole class (never purged between tests).
 *
 * <pre>
 * &#64;RegisterExtension
 * static final TestMailServer smtp = new TestMailServer();
 *
 * &#64;DynamicPropertySource
 * static void mail(DynamicPropertyRegistry registry) {
 *     smtp.deliverHere(registry);
 * }
 * </pre>
 */
public class TestMailServer extends GreenMailExtension {

	private static final long WAIT_MILLIS = 20_000;

	public TestMailServer() {
		super(ServerSetupTest.SMTP.dynamicPort());
		withPerMethodLifecycle(false);
	}

	/** Points Spring Mail ({@code spring.mail.host/port}) at this server. */
	public void deliverHere(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> getSmtp().getPort());
	}

	/** The first received mail that matches, waiting for it to arrive; fails naming {@code what} if none does. */
	public MimeMessage awaitMail(String what, MailMatch which) throws Exception {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (true) {
			Optional<MimeMessage> found = firstMatching(which);
			if (found.isPresent()) {
				return found.get();
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("no mail arrived: " + what);
			}
			Thread.sleep(100);
		}
	}

	/** The first received mail whose first recipient is this address, waiting for it to arrive. */
	public MimeMessage awaitMailTo(String address) throws Exception {
		return awaitMail("to " + address, message -> message.getAllRecipients()[0].toString().equals(address));
	}

	/** The first received mail with this subject (and to this recipient, when given), waiting for it to arrive. */
	public MimeMessage awaitMailWithSubject(String subject, String recipient) throws Exception {
		return awaitMail("'" + subject + "'", message -> subject.equals(message.getSubject())
				&& (recipient == null || recipient.equals(message.getAllRecipients()[0].toString())));
	}

	/** The {@code count}-th mail received for this domain, waiting until that many arrived. */
	public MimeMessage awaitMailForDomain(String domain, int count) throws Exception {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (getReceivedMessagesForDomain(domain).length < count) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("mail number " + count + " to " + domain + " not delivered");
			}
			Thread.sleep(100);
		}
		return getReceivedMessagesForDomain(domain)[count - 1];
	}

	/** The received mails with this address among their To recipients, in the order they arrived. */
	public MimeMessage[] receivedTo(String address) throws MessagingException {
		return Arrays.stream(getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equals(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toArray(MimeMessage[]::new);
	}

	private Optional<MimeMessage> firstMatching(MailMatch which) throws Exception {
		for (MimeMessage message : getReceivedMessages()) {
			if (which.test(message)) {
				return Optional.of(message);
			}
		}
		return Optional.empty();
	}

	/** The first text/plain part of a mail (or of a part), null when it has none. */
	public static String plainText(Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	/** Which mail to wait for. */
	@FunctionalInterface
	public interface MailMatch {

		boolean test(MimeMessage message) throws Exception;

	}

}
