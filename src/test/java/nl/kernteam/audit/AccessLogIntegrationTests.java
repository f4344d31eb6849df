package nl.kernteam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;

@IntegrationTest
class AccessLogIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	AccessLog accessLog;

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@BeforeEach
	void someLogRows() {
		data.household(data.professional(OrganisationType.LOCAL_TEAM));
	}

	@Test
	void databaseRefusesUpdateOfTheLogEvenToItsOwner() {
		assertThatThrownBy(() -> owner().sql("update access_log set actor_name = 'someone else'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void databaseRefusesDeleteOfTheLogEvenToItsOwner() {
		assertThatThrownBy(() -> owner().sql("delete from access_log").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	private JdbcClient owner() {
		return JdbcClient.create(ownerDataSource);
	}

	@Test
	void databaseRefusesTruncateOfTheLogAndOfAPartition() {
		assertThatThrownBy(() -> owner().sql("truncate access_log").update()).isInstanceOf(DataAccessException.class);
		String partition = jdbc.sql("""
				select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
				 where i.inhparent = 'access_log'::regclass and c.relname <> 'access_log_default' limit 1
				""").query(String.class).single();
		assertThatThrownBy(() -> owner().sql("truncate " + partition).update()).isInstanceOf(DataAccessException.class);
		assertThat(jdbc.sql("select count(*) from access_log").query(Long.class).single()).isPositive();
	}

	@Test
	void logIsPartitionedByMonthAroundToday() {
		long partitions = jdbc.sql("""
				select count(*) from pg_inherits i join pg_class c on c.oid = i.inhrelid
				 where i.inhparent = 'access_log'::regclass and c.relname ~ '^access_log_\\d{4}_\\d{2}$'
				""").query(Long.class).single();
		assertThat(partitions).isGreaterThanOrEqualTo(5);
		long inDefault = jdbc.sql("select count(*) from access_log where tableoid = 'access_log_default'::regclass")
			.query(Long.class)
			.single();
		assertThat(inDefault).isZero();
	}

	@Test
	void writingALogRowNeedsTheCallersTransaction() {
		var actor = data.professional(OrganisationType.LOCAL_TEAM).actor();
		assertThatThrownBy(
				() -> accessLog.record(AccessEvent.granted(actor, null, AccessAction.READ, "households", false)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

}
