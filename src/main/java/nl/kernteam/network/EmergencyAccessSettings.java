package nl.kernteam.network;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param duration {@code kernteam.emergency-access.duration}: how long an emergency
 * access runs
 */
@ConfigurationProperties("kernteam.emergency-access")
record EmergencyAccessSettings(@DefaultValue("PT8H") Duration duration) {
}
