package nl.kernteam.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kernteam's connections to the embedded PostgreSQL go over its Unix domain socket (issue
 * 19), as the application role: PostgreSQL knows no client address for them, while the
 * migrations' connections over TCP have one.
 */
@IntegrationTest
class UnixSocketIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	EmbeddedCluster cluster;

	@Test
	void theApplicationConnectsOverTheUnixSocket() {
		var application = JdbcClient.create(dataSource);
		assertThat(application.sql("select inet_client_addr() is null").query(Boolean.class).single()).isTrue();
		assertThat(application.sql("select current_user").query(String.class).single())
			.isEqualTo(DatabaseCredentials.APPLICATION);
	}

	@Test
	void theMigrationsConnectOverTcp() {
		var owner = JdbcClient.create(cluster.ownerDataSource());
		assertThat(owner.sql("select inet_client_addr() is null").query(Boolean.class).single()).isFalse();
	}

}
