package org.bridgework.sessions;

import java.util.Base64;
import java.util.UUID;

import org.bridgework.caseload.Clients;
import org.bridgework.identity.Accounts;
import org.bridgework.identity.CurrentUser;
import org.bridgework.testing.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A stored check-in whose ciphertext was changed does not open, and the pages that would
 * show it say so with a 500 page instead of showing the page without it: the clinician's
 * client page (where a panel adds the check-ins) and the digest.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UnreadableCheckInPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Clients clients;

	@Autowired
	CheckIns checkIns;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChangedCiphertext_endsAsAnErrorPage_neverAsAPageWithoutIt() throws Exception {
		TestPeople people = new TestPeople(this.accounts, this.clients);
		CurrentUser clinician = people.clinician();
		TestPeople.Client client = people.clientOf(clinician, "Noor", "Europe/London");
		String sentence = "The train home felt like a tunnel " + UUID.randomUUID();
		UUID checkIn = this.checkIns.write(client.user(), sentence, null).id();
		assertThat(page(clinician, "/clients/" + client.id(), 200)).contains(sentence);
		String stored = this.jdbc.sql("select text from check_in where id = :id")
			.param("id", checkIn)
			.query(String.class)
			.single();
		byte[] bytes = Base64.getDecoder().decode(stored.substring(stored.lastIndexOf(':') + 1));
		bytes[0] ^= 0x40;
		store(checkIn, stored.substring(0, stored.lastIndexOf(':') + 1) + Base64.getEncoder().encodeToString(bytes));

		try {
			for (String path : new String[] { "/clients/" + client.id(), "/clients/" + client.id() + "/digest" }) {
				assertThat(page(clinician, path, 500)).as(path)
					.contains("Something stored here could not be read", "It isn&#39;t anything you did")
					.doesNotContain(sentence, "enc:v1:");
			}
		}
		finally {
			store(checkIn, stored);
		}
		assertThat(page(clinician, "/clients/" + client.id() + "/digest", 200)).contains(sentence);
	}

	private String page(CurrentUser user, String path, int status) throws Exception {
		var response = this.mvc.perform(get(path).with(TestPeople.signedIn(user))).andReturn().getResponse();
		assertThat(response.getStatus()).as("status of %s", path).isEqualTo(status);
		return response.getContentAsString();
	}

	private void store(UUID checkIn, String text) {
		this.jdbc.sql("update check_in set text = :text where id = :id")
			.param("text", text)
			.param("id", checkIn)
			.update();
	}

}
