package org.bridgework.safety;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrisisResourcesTests {

	@Test
	void anInstallationNamesItsOwnResources() {
		CrisisResources resources = bind(Map.of("bridgework.crisis.resources[0].name", "Clinic duty line",
				"bridgework.crisis.resources[0].phone", "+44 (0)20 7946 0000", "bridgework.crisis.resources[1].name",
				"Out of hours", "bridgework.crisis.resources[1].website", "https://example.org/help"));

		assertThat(resources.all()).extracting(CrisisResource::name)
			.containsExactly("Clinic duty line", "Out of hours");
		assertThat(resources.all().get(0).phoneLink()).isEqualTo("+4402079460000");
		assertThat(resources.all().get(1).phoneLink()).isNull();
	}

	@Test
	void unnamedResourcesAreLeftOut() {
		CrisisResources resources = bind(
				Map.of("bridgework.crisis.resources[0].phone", "123", "bridgework.crisis.resources[1].name", "Named"));

		assertThat(resources.all()).extracting(CrisisResource::name).containsExactly("Named");
	}

	@Test
	void noResourcesAtAllStopsTheStartRatherThanShowAnEmptyList() {
		assertThatThrownBy(() -> bind(Map.of("bridgework.crisis.resources[0].phone", "123")))
			.hasRootCauseInstanceOf(IllegalStateException.class)
			.rootCause()
			.hasMessageContaining("at least one crisis resource");
	}

	private static CrisisResources bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bind("bridgework.crisis", CrisisResources.class)
			.get();
	}

}
