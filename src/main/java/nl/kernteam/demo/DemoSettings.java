package nl.kernteam.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo region's size and seed; whether it is loaded at all is
 * {@link nl.kernteam.shared.DemoData}'s rule.
 *
 * @param demoHouseholds {@code kernteam.demo-households}
 * @param demoSeed {@code kernteam.demo-seed}: the same seed gives the same region
 */
@ConfigurationProperties("kernteam")
record DemoSettings(@DefaultValue("300") int demoHouseholds, @DefaultValue("20211030") long demoSeed) {
}
