package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	ApplicationModules modules = ApplicationModules.of(KernteamApplication.class);

	/**
	 * Also refuses a dependency that the using module did not name in its
	 * {@code allowedDependencies}.
	 */
	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * Every module says which modules (and which of shared's named interfaces) it may
	 * use, and none is open: without a declaration,
	 * {@link #modulesRespectTheirBoundaries()} would allow any dependency that makes no
	 * cycle.
	 */
	@Test
	void everyModuleDeclaresItsDependencies() {
		assertThat(modules.stream()).isNotEmpty().allSatisfy(module -> {
			var declared = Class.forName(module.getBasePackage().getName() + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(declared).as("@ApplicationModule in %s/package-info.java", module.getIdentifier()).isNotNull();
			assertThat(declared.type()).as("type of %s", module.getIdentifier())
				.isEqualTo(ApplicationModule.Type.CLOSED);
			assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	@Test
	void writesModuleDiagrams() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
