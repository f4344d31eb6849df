package nl.kernteam.shared;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/**
 * Whether demo data is on: as {@code kernteam.demo-data} says, else on with the embedded
 * database and off with an external one ({@code spring.datasource.url}). Read from the
 * environment, because the demo module asks it before any bean exists
 * ({@code DemoListensOnLoopback}).
 */
public final class DemoData {

	private DemoData() {
	}

	public static boolean isOn(PropertyResolver environment) {
		boolean external = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		return environment.getProperty("kernteam.demo-data", Boolean.class, !external);
	}

}
