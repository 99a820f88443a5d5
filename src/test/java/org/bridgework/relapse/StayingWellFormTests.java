package org.bridgework.relapse;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staying-well form as typed: blank rows are left out, a ticked row is removed, the
 * page adds empty rows (more on request), and a linked practice that is not an id is sent
 * on so the service refuses it next to its field.
 */
class StayingWellFormTests {

	@Test
	void blankRowsAreLeftOutAndTickedRowsRemoved() {
		StayingWellForm form = StayingWellForm.from(
				Map.of("warningSigns[0]", "Sleeping badly", "warningSigns[1]", " ", "warningSigns[3]", "Skipping meals",
						"triggers[0]", "Deadlines", "remove.triggers[0]", "yes", "contacts[2].reach", "07700 900123"));

		assertThat(form.warningSigns()).containsExactly("Sleeping badly", "Skipping meals");
		assertThat(form.triggers()).isEmpty();
		assertThat(form.contacts()).containsExactly(new StayingWellForm.ContactRow("", "07700 900123", ""));
	}

	@Test
	void aStrategyWithOnlyItsPracticeChosenIsKeptSoItsMissingTextIsNamed() {
		String id = UUID.randomUUID().toString();
		StayingWellForm form = StayingWellForm.from(Map.of("copingStrategies[0].assignmentId", id,
				"copingStrategies[1].assignmentId", "not-an-id", "copingStrategies[1].text", "Breathing"));

		PlanRequest request = form.toRequest();

		assertThat(request.copingStrategies()).hasSize(2);
		assertThat(request.copingStrategies().get(0).assignmentId()).hasToString(id);
		assertThat(request.copingStrategies().get(1).assignmentId()).isEqualTo(new UUID(0, 0));
	}

	@Test
	void thePageAddsTwoEmptyRowsAndThreeMoreOnRequestUpToTheLimit() {
		StayingWellForm form = StayingWellForm.from(Map.of("warningSigns[0]", "Sleeping badly"));

		assertThat(form.rows(false).warningSigns()).containsExactly("Sleeping badly", "", "");
		assertThat(form.rows(true).warningSigns()).hasSize(6);
		assertThat(form.rows(true).contacts()).hasSize(5);
		StayingWellForm full = StayingWellForm
			.of(new PlanRequest(java.util.Collections.nCopies(19, "Sign"), null, null, null, null));
		assertThat(full.rows(true).warningSigns()).hasSize(StayingWellPlans.MAX_ITEMS);
	}

}
