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

	/**
	 * The embedded PostgreSQL.
	 *
	 * @param ephemeral a throwaway cluster (the tests')
	 * @param unixSocket connect over its Unix domain socket rather than TCP on loopback
	 * @param poolSize the most connections Kernteam keeps to it (on a machine of two
	 * cores fewer than the default did slightly more pages a second at saturation:
	 * docs/BENCHMARKS.md, tenth round)
	 */
	public record Embedded(boolean ephemeral, @DefaultValue("true") boolean unixSocket,
			@DefaultValue("20") int poolSize) {

		public Embedded {
			if (poolSize < 1) {
				throw new IllegalArgumentException("kernteam.embedded.pool-size must be at least 1, not " + poolSize);
			}
		}

	}
}
