package org.bridgework.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One Spring context (and database) for the sign-in tests, page, API and browser alike: a
 * clock they move instead of waiting, a real SMTP server (GreenMail) behind the app's
 * mail sender, a proxy's forwarded headers honoured (so a test can come from an address
 * of its own, or over TLS), and the shipped throttle and idle-timeout values, which the
 * test-wide configuration relaxes for every other test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bridgework.test.own-database=sign-in", "server.forward-headers-strategy=native",
				"bridgework.invitations.base-url=" + SignInTestContext.BASE_URL,
				"bridgework.sign-in.throttle.address-failures=50", "bridgework.sessions.idle-timeout.clinician=PT30M",
				"bridgework.sessions.idle-timeout.admin=PT30M" })
@Import(SignInTestContext.Beans.class)
public @interface SignInTestContext {

	/** Where the emailed links point; tests open their path on the test's own server. */
	String BASE_URL = "https://bridgework.clinic.test";

	@TestConfiguration(proxyBeanMethods = false)
	class Beans {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

		@Bean(destroyMethod = "stop")
		GreenMail greenMail() {
			GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			mail.start();
			return mail;
		}

		@Bean
		JavaMailSender mailSender(GreenMail mail) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("localhost");
			sender.setPort(mail.getSmtp().getPort());
			return sender;
		}

	}

}
