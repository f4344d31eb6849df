package nl.kernteam.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Family accounts ({@code kernteam.family.*}).
 *
 * @param codeValidity how long a one-time activation code works: long enough to hand the
 * letter over at the next visit, short enough that a lost letter does not stay a key
 */
@ConfigurationProperties("kernteam.family")
record FamilyAccountSettings(@DefaultValue("14d") Duration codeValidity) {
}
