package org.bridgework.testing;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what the app emailed to one address from GreenMail, waiting for mail sent in the
 * background by asking GreenMail to wait for the next message (never by sleeping), and
 * for a bounded time.
 */
public final class TestMail {

	private static final int WAITS = 20;

	private static final long WAIT_MILLIS = 500;

	private final GreenMail mail;

	public TestMail(GreenMail mail) {
		this.mail = mail;
	}

	/** The first email to the address, once it has arrived. */
	public MimeMessage to(String address) {
		return to(address, 1);
	}

	/** The {@code count}-th email to the address, once it has arrived. */
	public MimeMessage to(String address, int count) {
		for (int wait = 0; wait < WAITS && sentTo(address).size() < count; wait++) {
			this.mail.waitForIncomingEmail(WAIT_MILLIS, this.mail.getReceivedMessages().length + 1);
		}
		List<MimeMessage> sent = sentTo(address);
		assertThat(sent).as("emails to %s", address).hasSizeGreaterThanOrEqualTo(count);
		return sent.get(count - 1);
	}

	/** What has arrived for the address so far. */
	public List<MimeMessage> sentTo(String address) {
		return Arrays.stream(this.mail.getReceivedMessages()).filter((message) -> isTo(message, address)).toList();
	}

	public static String text(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("\r\n", "\n");
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch((to) -> to.toString().equals(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
