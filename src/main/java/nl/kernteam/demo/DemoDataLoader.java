package nl.kernteam.demo;

import nl.kernteam.shared.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo region on an empty database: by default with the embedded database,
 * never with an external one unless {@code kernteam.demo-data=true} says so. Then it
 * publishes {@link DemoRegionReady}, on which the modules' own demo data (signals,
 * assessments) is added: the order is the event's, not a runner order number.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final RegionGenerator generator;

	private final JdbcClient jdbc;

	private final boolean enabled;

	private final int households;

	private final long seed;

	private final ApplicationEventPublisher events;

	DemoDataLoader(RegionGenerator generator, JdbcClient jdbc, ApplicationEventPublisher events,
			Environment environment, DemoSettings settings) {
		this.generator = generator;
		this.jdbc = jdbc;
		this.events = events;
		this.enabled = DemoData.isOn(environment);
		this.households = settings.demoHouseholds();
		this.seed = settings.demoSeed();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		boolean empty = jdbc
			.sql("select not exists (select 1 from organisation) and not exists (select 1 from household)")
			.query(Boolean.class)
			.single();
		if (empty) {
			long start = System.nanoTime();
			generator.generate(households, seed);
			log.info("Loaded the demo region Dalenburg with {} households in {} ms; log in as anouk.dejong / {}",
					households, (System.nanoTime() - start) / 1_000_000, DemoRegion.DEMO_PASSWORD);
		}
		events.publishEvent(new DemoRegionReady(empty));
	}

}
