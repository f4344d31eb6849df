package nl.kernteam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Kernteam's own connection (the application role) tries every way to change, silence or
 * get around the access log, and to reach beyond the database; each is refused by
 * PostgreSQL itself, and the log is as it was.
 */
@IntegrationTest
class AccessLogProtectionIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	EmbeddedPostgres postgres;

	String partition;

	@BeforeEach
	void someLogRows() {
		data.household(data.professional(OrganisationType.LOCAL_TEAM));
		partition = jdbc.sql("""
				select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
				 where i.inhparent = 'access_log'::regclass and c.relname <> 'access_log_default' order by 1 limit 1
				""").query(String.class).single();
	}

	@ParameterizedTest
	@ValueSource(strings = { "alter table access_log disable trigger all",
			"alter table access_log disable trigger access_log_append_only",
			"alter table access_log disable trigger access_log_chained",
			"alter table access_log_default disable trigger all", "drop table access_log",
			"drop table access_log_default cascade", "alter table access_log detach partition access_log_default",
			"update access_log set resource = 'nothing'", "delete from access_log", "truncate access_log",
			"truncate access_log_default", "update access_log_default set resource = 'nothing'",
			"update access_log_chain set seq = 0", "delete from access_log_chain",
			"alter table access_log drop column hash", "drop trigger access_log_chained on access_log",
			"create or replace function access_log_refuse_change() returns trigger language plpgsql as $$ begin return old; end $$",
			"alter function access_log_chain_row() owner to kernteam_app", "set role kernteam_owner",
			"set session authorization postgres", "create table my_own (x int)",
			"copy (select 1) to program 'touch /tmp/kernteam-was-here'", "copy access_log to '/tmp/kernteam-log.csv'",
			"select pg_read_file('/etc/passwd')", "select pg_ls_dir('.')", "alter role kernteam_app superuser",
			"create role intruder login superuser" })
	void theApplicationRoleCannot(String attempt) {
		long rows = rows();
		assertThatThrownBy(() -> jdbc.sql(attempt).update()).isInstanceOf(DataAccessException.class);
		assertThat(rows()).isEqualTo(rows);
	}

	@Test
	void theApplicationRoleCannotTouchAPartitionDirectly() {
		assertThatThrownBy(() -> jdbc.sql("alter table access_log detach partition " + partition).update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("truncate " + partition).update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("drop table " + partition).update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("select count(*) from " + partition).query(Long.class).single())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void theApplicationRoleCannotReadTheSecretOfPersonalData() throws Exception {
		// the tests give the secret as a property; a file like the one a running Kernteam
		// keeps stands in for it
		Path file = Files.createDirectories(Path.of("target/test-data")).resolve("secret-probe.key");
		Files.writeString(file, "not-the-real-secret");
		String secret = file.toAbsolutePath().toString();
		assertThatThrownBy(
				() -> jdbc.sql("select pg_read_file(:file)").param("file", secret).query(String.class).single())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(
				() -> jdbc.sql("select pg_read_binary_file(:file)").param("file", secret).query(byte[].class).single())
			.isInstanceOf(DataAccessException.class);
	}

	@Test
	void theApplicationRoleIsNoSuperuserOwnsNothingAndHoldsNoServerRoles() {
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("kernteam_app");
		assertThat(jdbc.sql("""
				select rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls
				  from pg_roles where rolname = current_user
				""").query(Boolean.class).single()).isFalse();
		assertThat(jdbc.sql("""
				select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)
				""").query(Long.class).single()).isZero();
		for (String role : new String[] { "pg_read_server_files", "pg_write_server_files", "pg_execute_server_program",
				"pg_read_all_data", "pg_write_all_data", "kernteam_owner" }) {
			assertThat(jdbc.sql("select pg_has_role(current_user, :role, 'member')")
				.param("role", role)
				.query(Boolean.class)
				.single()).as(role).isFalse();
		}
		assertThat(jdbc
			.sql("select has_table_privilege('access_log', 'insert') and has_table_privilege('access_log', 'select')")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(jdbc.sql("""
				select has_table_privilege('access_log', 'update') or has_table_privilege('access_log', 'delete')
				    or has_table_privilege('access_log', 'truncate') or has_table_privilege('access_log', 'trigger')
				""").query(Boolean.class).single()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgres", "kernteam_owner", "kernteam_app" })
	void aConnectionWithoutThePasswordIsRefused(String user) {
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
		assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close()).isInstanceOf(SQLException.class);
		assertThatThrownBy(() -> DriverManager.getConnection(url, user, "guessed").close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password authentication failed");
	}

	private long rows() {
		return jdbc.sql("select count(*) from access_log").query(Long.class).single();
	}

}
