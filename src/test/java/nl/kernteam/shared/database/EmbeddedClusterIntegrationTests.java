package nl.kernteam.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL as it is kept in a data directory: it asks a password of
 * everyone, the passwords are in a file only its owner may read, and a directory made by
 * an older Kernteam (trust, everything the superuser's) is upgraded on its first start.
 */
class EmbeddedClusterIntegrationTests {

	@TempDir
	Path dataDir;

	final List<EmbeddedCluster> started = new ArrayList<>();

	@AfterEach
	void stop() throws Exception {
		for (EmbeddedCluster cluster : started) {
			cluster.close();
		}
	}

	@Test
	void aNewDataDirectoryAsksPasswordsKeptInAFileOnlyItsOwnerMayRead() throws Exception {
		var cluster = start();
		Path file = EmbeddedCluster.credentialsFile(dataDir);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		var credentials = DatabaseCredentials.read(file);
		assertThat(credentials).isEqualTo(cluster.credentials());
		assertRefusedWithoutPassword(cluster);
		try (Connection app = connect(cluster, "kernteam_app", credentials.application())) {
			assertThat(single(app, "select current_user")).isEqualTo("kernteam_app");
		}

		cluster.close();
		started.clear();
		var again = start();
		assertThat(again.credentials()).isEqualTo(credentials);
		try (Connection owner = connect(again, "kernteam_owner", credentials.owner())) {
			assertThat(single(owner, "select current_user")).isEqualTo("kernteam_owner");
		}
	}

	@Test
	void aDataDirectoryOfAnOlderKernteamIsUpgradedOnItsFirstStart() throws Exception {
		Path pgDir = EmbeddedCluster.pgDir(dataDir);
		try (var old = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false).start();
				Connection superuser = old.getPostgresDatabase().getConnection();
				Statement statement = superuser.createStatement()) {
			statement.execute("create table household (id bigint generated always as identity, name text)");
			statement.execute("create sequence standalone");
			statement.execute("insert into household (name) values ('Gezin Ouder')");
			statement.execute("create view household_names as select name from household");
			statement.execute(
					"create function household_count() returns bigint language sql as 'select count(*) from household'");
		}
		assertThat(EmbeddedCluster.credentialsFile(dataDir)).doesNotExist();

		var cluster = start();

		Path file = EmbeddedCluster.credentialsFile(dataDir);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(EmbeddedCluster.pgDir(dataDir).resolve("pg_hba.conf"))).doesNotContain("trust");
		assertRefusedWithoutPassword(cluster);
		try (Connection owner = connect(cluster, "kernteam_owner", cluster.credentials().owner())) {
			assertThat(single(owner, """
					select string_agg(distinct pg_get_userbyid(relowner), ',') from pg_class
					 where relname in ('household', 'household_id_seq', 'standalone', 'household_names')
					""")).isEqualTo("kernteam_owner");
			assertThat(single(owner, "select pg_get_userbyid(proowner) from pg_proc where proname = 'household_count'"))
				.isEqualTo("kernteam_owner");
			assertThat(single(owner, "select name from household_names")).isEqualTo("Gezin Ouder");
		}

		cluster.close();
		started.clear();
		var again = start();
		try (Connection app = connect(again, "kernteam_app", again.credentials().application())) {
			assertThat(single(app, "select current_user")).isEqualTo("kernteam_app");
		}
	}

	private EmbeddedCluster start() throws Exception {
		var cluster = EmbeddedCluster.start(EmbeddedPostgres.builder(), dataDir);
		started.add(cluster);
		return cluster;
	}

	static void assertRefusedWithoutPassword(EmbeddedCluster cluster) {
		for (String user : new String[] { "postgres", "kernteam_owner", "kernteam_app" }) {
			assertThatThrownBy(() -> connect(cluster, user, null).close()).as(user).isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> connect(cluster, user, "wrong").close()).as(user)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
	}

	static Connection connect(EmbeddedCluster cluster, String user, String password) throws SQLException {
		var properties = new Properties();
		properties.setProperty("user", user);
		if (password != null) {
			properties.setProperty("password", password);
		}
		return DriverManager.getConnection(cluster.jdbcUrl(), properties);
	}

	private static String single(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
