package org.bridgework;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(BridgeworkApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicFaceAndHaveNoCycles() {
		this.modules.verify();
	}

	/**
	 * Writes the module diagrams to target/spring-modulith-docs. The copy in docs/modules
	 * is refreshed from there by hand when modules change (the writer's line order varies
	 * between runs, so writing into docs on every build would only make noise in diffs).
	 */
	@Test
	void writesTheModuleDiagrams() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
