package nl.kernteam.shared.database;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.kernteam.shared.InstallationSettings;
import org.newsclub.net.unix.AFUNIXSocket;
import org.newsclub.net.unix.AFUNIXSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Starts a real PostgreSQL inside the application when no {@code spring.datasource.url}
 * is given.
 * <p>
 * Run normally, the cluster lives in {@code kernteam.data-dir/pg} and survives restarts
 * (with durability switched back on, as zonky turns it off for tests). With
 * {@code kernteam.embedded.ephemeral=true}, as in the tests, it lives in a temporary
 * directory that is removed on shutdown.
 * <p>
 * Either way it asks passwords and Kernteam connects as
 * {@value DatabaseCredentials#APPLICATION}, a role that owns nothing; Flyway connects as
 * {@value DatabaseCredentials#OWNER}, which owns the tables (see
 * {@link EmbeddedCluster}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * Where the cluster makes its Unix domain socket, {@code .s.PGSQL.PORT}: the system's
	 * temporary directory, as PostgreSQL itself does by default ({@code /tmp}).
	 */
	private static final Path SOCKET_DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"))
		.toAbsolutePath()
		.normalize();

	@Bean(destroyMethod = "close")
	EmbeddedCluster embeddedCluster(InstallationSettings settings) throws IOException {
		var builder = EmbeddedPostgres.builder()
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("max_connections", "100")
			// a batch of signals holds an advisory lock per person and household
			// until it commits (up to ~300 for 100 signals); the shared lock table
			// has room for this many per connection on average (64 by default)
			.setServerConfig("max_locks_per_transaction", "256")
			.setServerConfig("timezone", "UTC")
			.setServerConfig("unix_socket_directories", SOCKET_DIRECTORY.toString())
			// zonky waits 10 s by default; a busy machine with SCRAM's first handshakes
			// can take longer
			.setPGStartupWait(Duration.ofSeconds(60));
		if (settings.embedded().ephemeral()) {
			// the tests' cluster counts how often each statement is planned
			// (PlanCacheIntegrationTests): a statement planned anew on every call costs
			// PostgreSQL ten times its work, and nothing else shows it
			var cluster = EmbeddedCluster
				.start(builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
					.setServerConfig("pg_stat_statements.track_planning", "on"), null);
			try {
				cluster.trackStatements();
			}
			catch (RuntimeException ex) {
				cluster.close();
				throw ex;
			}
			return cluster;
		}
		Path directory = settings.dataDir().toAbsolutePath().normalize();
		var cluster = EmbeddedCluster.start(builder.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on"), directory);
		log.info("Embedded PostgreSQL on port {} with data in {}", cluster.postgres().getPort(),
				EmbeddedCluster.pgDir(directory));
		return cluster;
	}

	@Bean
	EmbeddedPostgres embeddedPostgres(EmbeddedCluster cluster) {
		return cluster.postgres();
	}

	@Bean
	@Primary
	DataSource dataSource(EmbeddedCluster cluster, InstallationSettings settings) {
		var config = new HikariConfig();
		config.setJdbcUrl(cluster.jdbcUrl());
		// Over the Unix domain socket a round trip costs both sides less CPU than through
		// loopback's TCP stack (issue 19: a household page makes 17); TCP where the
		// socket
		// is missing or the native library does not load.
		var socket = settings.embedded().unixSocket() ? cluster.unixSocket(SOCKET_DIRECTORY) : Optional.<Path>empty();
		if (socket.isPresent() && AFUNIXSocket.isSupported()) {
			config.addDataSourceProperty("socketFactory", AFUNIXSocketFactory.FactoryArg.class.getName());
			config.addDataSourceProperty("socketFactoryArg", socket.get().toString());
			log.info("Kernteam connects to the embedded PostgreSQL over {}", socket.get());
		}
		else {
			log.info("Kernteam connects to the embedded PostgreSQL over TCP on port {}", cluster.postgres().getPort());
		}
		config.setUsername(DatabaseCredentials.APPLICATION);
		config.setPassword(cluster.credentials().application());
		config.setMaximumPoolSize(settings.embedded().poolSize());
		config.setPoolName("kernteam-embedded");
		return new HikariDataSource(config);
	}

	@Bean
	@FlywayDataSource
	DataSource migrationDataSource(EmbeddedCluster cluster) {
		return cluster.ownerDataSource();
	}

	@Bean
	DurabilityCheck durabilityCheck(DataSource dataSource, InstallationSettings settings) {
		return new DurabilityCheck(JdbcClient.create(dataSource), settings.embedded().ephemeral());
	}

	record DurabilityCheck(JdbcClient jdbc, boolean ephemeral) {

		DurabilityCheck {
			String fsync = jdbc.sql("select current_setting('fsync')").query(String.class).single();
			String syncCommit = jdbc.sql("select current_setting('synchronous_commit')").query(String.class).single();
			if (!ephemeral && !("on".equals(fsync) && "on".equals(syncCommit))) {
				throw new IllegalStateException("Embedded PostgreSQL runs without durability (fsync=" + fsync
						+ ", synchronous_commit=" + syncCommit + ")");
			}
			log.debug("Embedded PostgreSQL durability: fsync={}, synchronous_commit={}", fsync, syncCommit);
		}
	}

}
