package org.bridgework.caseload;

import java.util.UUID;

import org.bridgework.caseload.CaseloadPageController.NewClientForm;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The add-client form's one-time key.
 */
class NewClientFormTests {

	@Test
	void empty_shouldCarryAKeyOfItsOwn() {
		NewClientForm one = NewClientForm.empty();
		NewClientForm two = NewClientForm.empty();

		assertThat(one.creationKey()).isNotNull().isNotEqualTo(two.creationKey());
	}

	@Test
	void creationKey_shouldBeTheFormsKeyInOneSpelling() {
		UUID key = UUID.randomUUID();

		assertThat(form(" " + key.toString().toUpperCase() + " ").creationKey()).isEqualTo(key.toString());
	}

	@Test
	void creationKey_shouldBeNullForAFormWithoutAReadableKey() {
		assertThat(form(null).creationKey()).isNull();
		assertThat(form("").creationKey()).isNull();
		assertThat(form("not-a-key").creationKey()).isNull();
	}

	@Test
	void withNewKey_shouldKeepWhatWasTypedAndChangeOnlyTheKey() {
		NewClientForm typed = new NewClientForm("Sam", "sam@example.org", "Europe/Paris", UUID.randomUUID().toString());

		NewClientForm fresh = typed.withNewKey();

		assertThat(fresh.creationKey()).isNotNull().isNotEqualTo(typed.creationKey());
		assertThat(fresh).extracting(NewClientForm::displayName, NewClientForm::email, NewClientForm::timezone)
			.containsExactly("Sam", "sam@example.org", "Europe/Paris");
	}

	private static NewClientForm form(String key) {
		return new NewClientForm("Sam", "", "Europe/London", key);
	}

}
