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

	@Test
	void writesTheModuleDiagramIntoTheBuild() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
