package org.bridgework.identity;

import java.util.List;

import org.bridgework.shared.FieldChecks;
import org.bridgework.shared.InvalidInputException;
import org.bridgework.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy(new CommonPasswords());

	@Test
	void accepts_twelveCharactersThatAreNotCommon() {
		assertThat(problems("twelve chars")).isEmpty();
		assertThat(problems("a walk around the block")).isEmpty();
	}

	@Test
	void refuses_elevenCharacters_sayingHowManyAreNeeded() {
		assertThat(problems("eleven char")).extracting(FieldProblem::code).containsExactly("validation.password.short");
		assertThat(problems("eleven char").get(0).args()).containsExactly(12);
		assertThat(problems(null)).extracting(FieldProblem::code).containsExactly("validation.password.short");
	}

	@Test
	void countsCharacters_notUtf16Units() {
		assertThat(problems("🌱🌱🌱🌱🌱🌱")).as("6 characters in 12 UTF-16 units")
			.extracting(FieldProblem::code)
			.containsExactly("validation.password.short");
	}

	@Test
	void refuses_aLongCommonPassword_whateverItsCase() {
		assertThat(problems("Qwerty123456")).extracting(FieldProblem::code)
			.containsExactly("validation.password.common");
		assertThat(problems("PASSWORD1234")).extracting(FieldProblem::code)
			.containsExactly("validation.password.common");
	}

	@Test
	void refuses_overTwoHundredCharacters() {
		assertThat(problems("x".repeat(201))).extracting(FieldProblem::code).containsExactly("validation.tooLong");
		assertThat(problems("x".repeat(200))).isEmpty();
	}

	@Test
	void namesTheFieldItWasAskedAbout() {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> this.policy.check(new FieldChecks(), "newPassword", "short").throwIfAny());

		assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("newPassword");
	}

	private List<FieldProblem> problems(String password) {
		try {
			this.policy.check(new FieldChecks(), "password", password).throwIfAny();
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems();
		}
	}

}
