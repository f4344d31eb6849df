package nl.kernteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DemoListensOnLoopbackTests {

	@Test
	void withDemoDataOnTheEmbeddedDatabaseKernteamListensOnLoopbackOnly() {
		assertThat(addressWith(Map.of())).isEqualTo("127.0.0.1");
		assertThat(addressWith(Map.of("kernteam.demo-data", "true", "spring.datasource.url", "jdbc:postgresql://db/k")))
			.isEqualTo("127.0.0.1");
	}

	@Test
	void aGivenAddressDemoModeOrNoDemoDataLeaveTheAddressAlone() {
		assertThat(addressWith(Map.of("server.address", "0.0.0.0"))).isEqualTo("0.0.0.0");
		assertThat(addressWith(Map.of("kernteam.demo-mode", "true"))).isNull();
		assertThat(addressWith(Map.of("kernteam.demo-data", "false"))).isNull();
		assertThat(addressWith(Map.of("spring.datasource.url", "jdbc:postgresql://db/k"))).isNull();
	}

	@Test
	void isRegisteredWithSpringBoot() throws Exception {
		var factories = new String(getClass().getResourceAsStream("/META-INF/spring.factories").readAllBytes());
		assertThat(factories)
			.contains("org.springframework.boot.EnvironmentPostProcessor=" + DemoListensOnLoopback.class.getName());
	}

	private static String addressWith(Map<String, Object> properties) {
		var environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		new DemoListensOnLoopback().postProcessEnvironment(environment, null);
		return environment.getProperty("server.address");
	}

}
