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
	 * Keeps docs/modules in step with the code, so a newcomer sees the modules without
	 * running anything; a module change shows up in the diff.
	 */
	@Test
	void writesTheModuleDiagramsIntoDocs() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

}
