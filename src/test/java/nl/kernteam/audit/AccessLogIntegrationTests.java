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

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	/**
	 * A transaction's reads and lists of one household are one row per action and rule,
	 * naming each kind of data once, in the order read; a row that would name more than
	 * the column holds is cut at 2,000 characters, not refused (the page's commit would
	 * fail with it).
	 */
	@Test
	void aTransactionsReadsAndListsAreOneRowPerHouseholdActionAndRuleCutToTheColumn() {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker).value();
		long before = jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
		transactions.executeWithoutResult(tx -> {
			accessLog.record(AccessEvent.granted(worker.actor(), household, AccessAction.READ, "household", false)
				.because("CONTACT_PERSON"));
			accessLog.record(AccessEvent.granted(worker.actor(), household, AccessAction.READ, "plan", false)
				.because("CONTACT_PERSON"));
			accessLog.record(AccessEvent.granted(worker.actor(), household, AccessAction.READ, "household", false)
				.because("CONTACT_PERSON"));
			accessLog.recordAll(worker.actor(), java.util.List.of(household), AccessAction.SEARCH, "deadlines");
			accessLog.recordAll(worker.actor(), java.util.List.of(household), AccessAction.SEARCH, "households");
			for (int i = 0; i < 300; i++) {
				accessLog.recordAll(worker.actor(), java.util.List.of(household), AccessAction.READ,
						"family-system:" + i);
			}
		});
		var rows = jdbc.sql("""
				select action || ' ' || coalesce(basis, '-') || ' ' || resource from access_log
				 where id > :before and household_id = :household order by id""")
			.param("before", before)
			.param("household", household)
			.query(String.class)
			.list();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0)).isEqualTo("READ CONTACT_PERSON household,plan");
		assertThat(rows).contains("SEARCH - deadlines,households");
		String cut = rows.stream().filter(row -> row.startsWith("READ - ")).findFirst().orElseThrow();
		assertThat(cut.substring("READ - ".length())).hasSize(2000).startsWith("family-system:0,").endsWith("…");
	}

	@Test
	void writingALogRowNeedsTheCallersTransaction() {
		var actor = data.professional(OrganisationType.LOCAL_TEAM).actor();
		assertThatThrownBy(
				() -> accessLog.record(AccessEvent.granted(actor, null, AccessAction.READ, "households", false)))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

}
