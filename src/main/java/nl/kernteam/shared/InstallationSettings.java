package nl.kernteam.shared;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where this installation keeps its files and what it accepts at the door.
 *
 * @param dataDir {@code kernteam.data-dir}: the embedded database, the personal-data key,
 * the first administrator's password
 * @param secret {@code kernteam.secret}: the personal-data key given from outside; blank:
 * kept in the data directory
 * @param maxRequestBody {@code kernteam.max-request-body}: a larger request body is a 413
 * @param embedded {@code kernteam.embedded.ephemeral}: the embedded database in a
 * temporary directory (tests); {@code kernteam.embedded.unix-socket} ({@code true}):
 * Kernteam connects to it over its Unix domain socket rather than TCP on loopback
 * @param encryptionKeys {@code kernteam.encryption-keys.N}: later versions of the
 * personal-data encryption key (at least 32 characters each, from version 2); the highest
 * encrypts, and {@code --kernteam.re-encrypt=true} rewrites older values
 */
@ConfigurationProperties("kernteam")
public record InstallationSettings(@DefaultValue("./data") Path dataDir, String secret,
		@DefaultValue("1MB") DataSize maxRequestBody, @DefaultValue Embedded embedded,
		Map<Integer, String> encryptionKeys) {

	public InstallationSettings {
		secret = secret == null ? "" : secret;
		encryptionKeys = encryptionKeys == null ? Map.of() : Map.copyOf(encryptionKeys);
	}

	public record Embedded(boolean ephemeral, @DefaultValue("true") boolean unixSocket) {
	}
}
