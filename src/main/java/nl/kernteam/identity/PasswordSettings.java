package nl.kernteam.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param bcryptStrength {@code kernteam.password.bcrypt-strength}: bcrypt's work factor
 * (10: about 70 ms per check here; tests lower it for speed)
 */
@ConfigurationProperties("kernteam.password")
record PasswordSettings(@DefaultValue("10") int bcryptStrength) {
}
