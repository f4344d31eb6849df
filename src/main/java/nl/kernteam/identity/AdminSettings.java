package nl.kernteam.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param password {@code kernteam.admin.password}: sets the password of the account
 * {@code admin} on every start; blank: a generated one on the first start, written to a
 * file in the data directory
 */
@ConfigurationProperties("kernteam.admin")
record AdminSettings(String password) {

	AdminSettings {
		password = password == null ? "" : password;
	}
}
