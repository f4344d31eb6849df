package nl.kernteam.demo;

import java.util.Map;

import nl.kernteam.shared.DemoData;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * While demo data is on (by default with the embedded database), Kernteam listens on the
 * loopback address only, unless {@code server.address} is given or
 * {@code kernteam.demo-mode=true} asks for a demo on the network: the demo accounts share
 * a published password, and {@code ./mvnw spring-boot:run} must not open them to the
 * whole network. The browser on the same machine still reaches
 * {@code http://localhost:8080}.
 */
class DemoListensOnLoopback implements EnvironmentPostProcessor, Ordered {

	static final String LOOPBACK = "127.0.0.1";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("server.address"))
				|| environment.getProperty("kernteam.demo-mode", Boolean.class, false)) {
			return;
		}
		if (DemoData.isOn(environment)) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("kernteam-demo-loopback", Map.of("server.address", LOOPBACK)));
		}
	}

	@Override
	public int getOrder() {
		// after the configuration files and the command line are read
		return Ordered.LOWEST_PRECEDENCE;
	}

}
