package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The installation's settings as Spring Boot binds them from the command line. */
class InstallationSettingsTests {

	@Test
	void theEmbeddedPoolIsTwentyUnlessSetAndAtLeastOne() {
		assertThat(bind(Map.of()).embedded().poolSize()).isEqualTo(20);
		assertThat(bind(Map.of("kernteam.embedded.pool-size", "8")).embedded().poolSize()).isEqualTo(8);
		assertThat(bind(Map.of("kernteam.embedded.pool-size", "8")).embedded().unixSocket()).isTrue();
		assertThatThrownBy(() -> bind(Map.of("kernteam.embedded.pool-size", "0"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessage("kernteam.embedded.pool-size must be at least 1, not 0");
	}

	private static InstallationSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kernteam",
				InstallationSettings.class);
	}

}
