package nl.kernteam.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the region this deployment serves.
 *
 * @param contactPersonFrom {@code kernteam.region.contact-person-from}: who may be a
 * household's contact person, {@code LOCAL_TEAM} (default) or
 * {@code LOCAL_OR_SAFETY_TEAM}
 */
@ConfigurationProperties("kernteam.region")
record RegionSettings(@DefaultValue("LOCAL_TEAM") ContactPersonFrom contactPersonFrom) {
}
