package nl.kernteam.household;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a closed file is kept ({@code kernteam.retention.*}).
 *
 * @param years years after help ended: the Jeugdwet's 20 for a youth-help file
 * (DOMAIN.md, "Retention periods"); a region whose files fall under a longer term sets it
 */
@ConfigurationProperties("kernteam.retention")
record RetentionSettings(@DefaultValue("20") int years) {
}
