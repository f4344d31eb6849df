package nl.kernteam.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import javax.sql.DataSource;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The privacy officer's check of the access log's hash chain. Rows are changed and
 * removed by hand as the owner of the tables (the only role that can switch the log's
 * triggers off); each test puts the log back as it was, because the log is shared by
 * every test of this database.
 */
@IntegrationTest
class AccessLogVerificationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@FlywayDataSource
	DataSource ownerDataSource;

	@Autowired
	AccessLogIntegrity integrity;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	Pro officer;

	HouseholdId household;

	@BeforeEach
	void aHouseholdWithALog() {
		officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		household = data.household(data.professional(OrganisationType.LOCAL_TEAM));
	}

	@Test
	void anUntouchedLogVerifies() throws Exception {
		long rows = rows();
		mvc.perform(post("/api/v1/access-log/verification").with(officer.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verified").value(org.hamcrest.Matchers.greaterThanOrEqualTo((int) rows)))
			.andExpect(jsonPath("$.firstBroken").value(org.hamcrest.Matchers.nullValue()));
		var again = integrity.verify(officer.actor());
		assertThat(again.verified()).isEqualTo(again.rows());
		assertThat(again.intact()).isTrue();
	}

	/**
	 * The chain's head is written once per statement (V2_4): a transaction with a
	 * statement of many rows, a statement of one, and a savepoint rolled back in between
	 * leaves a chain that verifies, whose head is its last row.
	 */
	@Test
	void rowsOfOneStatementAndARolledBackSavepointChainAsOne() {
		String insert = """
				insert into access_log (at, actor_id, actor_name, action, resource, outcome, emergency, basis)
				select now(), :actor, 'Test', 'READ', 'household:search', 'GRANTED', false, :basis
				  from generate_series(1, :rows)
				""";
		java.util.UUID actor = java.util.UUID.randomUUID();
		transactions.executeWithoutResult((status) -> {
			jdbc.sql(insert).param("actor", actor).param("basis", "CORE_TEAM").param("rows", 20).update();
			Object savepoint = status.createSavepoint();
			jdbc.sql(insert).param("actor", actor).param("basis", null).param("rows", 3).update();
			status.rollbackToSavepoint(savepoint);
			jdbc.sql(insert).param("actor", actor).param("basis", null).param("rows", 1).update();
		});
		assertThat(jdbc.sql("select count(*) from access_log where actor_id = :actor")
			.param("actor", actor)
			.query(Long.class)
			.single()).isEqualTo(21);
		assertThat(jdbc.sql("""
				select h.last_id = (select max(id) from access_log where actor_id = :actor)
				       and h.seq = (select max(chain_seq) from access_log l where l.lane = h.lane)
				  from access_log_chain h where h.lane = (select min(lane) from access_log where actor_id = :actor)
				""").param("actor", actor).query(Boolean.class).single()).isTrue();
		var verification = integrity.verify(officer.actor());
		assertThat(verification.intact()).isTrue();
		assertThat(verification.verified()).isEqualTo(verification.rows());
	}

	@Test
	void aRowChangedByHandIsNamed() throws Exception {
		long id = jdbc.sql("select min(id) from access_log where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single();
		String resource = jdbc.sql("select resource from access_log where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		asOwnerWithout("access_log_append_only", "update access_log set resource = 'nothing to see' where id = " + id);
		try {
			var result = integrity.verify(officer.actor());
			assertThat(result.firstBroken()).isNotNull();
			assertThat(result.firstBroken().id()).isEqualTo(id);
			assertThat(result.firstBroken().householdId()).isEqualTo(household.value());
			assertThat(result.verified()).isEqualTo(result.rows() - 1);

			mvc.perform(post("/api/v1/access-log/verification").with(officer.basic()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.firstBroken.id").value(id))
				.andExpect(jsonPath("$.firstBroken.householdId").value(household.value().toString()));
			mvc.perform(post("/privacy/verification").with(officer.session()).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Niet in orde")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<dd>" + id + "</dd>")));
		}
		finally {
			asOwnerWithout("access_log_append_only",
					"update access_log set resource = '" + resource + "' where id = " + id);
		}
		assertThat(integrity.verify(officer.actor()).intact()).isTrue();
	}

	@Test
	void theRuleThatDecidedIsInTheChainToo() throws Exception {
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(officer.basic()))
			.andExpect(status().isForbidden());
		long id = jdbc.sql("select max(id) from access_log where household_id = :h and actor_id = :a")
			.param("h", household.value())
			.param("a", officer.id())
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("select basis from access_log where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("OUTSIDE_NETWORK");
		asOwnerWithout("access_log_append_only", "update access_log set basis = 'CORE_TEAM' where id = " + id);
		try {
			var result = integrity.verify(officer.actor());
			assertThat(result.firstBroken()).isNotNull();
			assertThat(result.firstBroken().id()).isEqualTo(id);
		}
		finally {
			asOwnerWithout("access_log_append_only",
					"update access_log set basis = 'OUTSIDE_NETWORK' where id = " + id);
		}
		assertThat(integrity.verify(officer.actor()).intact()).isTrue();
	}

	@Test
	void aRowRemovedByHandIsNamedByTheRowAfterIt() {
		Map<String, Object> removed = jdbc.sql("""
				select l.* from access_log l
				 where exists (select 1 from access_log n where n.lane = l.lane and n.chain_seq = l.chain_seq + 1)
				 order by l.id desc limit 1
				""").query().singleRow();
		long next = jdbc.sql("select id from access_log where lane = :lane and chain_seq = :seq")
			.param("lane", removed.get("lane"))
			.param("seq", (Long) removed.get("chain_seq") + 1)
			.query(Long.class)
			.single();
		asOwnerWithout("access_log_append_only", "delete from access_log where id = " + removed.get("id"));
		try {
			assertThat(integrity.verify(officer.actor()).firstBroken().id()).isEqualTo(next);
		}
		finally {
			var owner = JdbcClient.create(ownerDataSource);
			owner.sql("alter table access_log disable trigger access_log_chained").update();
			try {
				owner
					.sql("""
							insert into access_log (id, at, actor_id, actor_name, organisation_id, organisation_name, household_id,
							                        action, resource, outcome, emergency, basis, lane, chain_seq, hash)
							overriding system value
							values (:id, :at, :actor_id, :actor_name, :organisation_id, :organisation_name, :household_id,
							        :action, :resource, :outcome, :emergency, :basis, :lane, :chain_seq, :hash)
							""")
					.paramSource(removed)
					.update();
			}
			finally {
				owner.sql("alter table access_log enable trigger access_log_chained").update();
			}
		}
		assertThat(integrity.verify(officer.actor()).intact()).isTrue();
	}

	@Test
	void onlyAPrivacyOfficerMayVerify() throws Exception {
		Pro professional = data.professional(OrganisationType.LOCAL_TEAM);
		mvc.perform(post("/api/v1/access-log/verification").with(professional.basic()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(get("/privacy/verification").with(professional.session())).andExpect(status().isForbidden());
		mvc.perform(get("/privacy/verification").with(officer.session())).andExpect(status().isOk());
	}

	@Test
	void theChainCannotBeForgedByTheApplication() {
		jdbc.sql("""
				insert into access_log (at, actor_name, household_id, action, resource, outcome, lane, chain_seq, hash)
				values (now(), 'Forger', :h, 'READ', 'household', 'GRANTED', 63, 1, '\\x00')
				""").param("h", household.value()).update();
		assertThat(jdbc.sql("select length(hash) = 32 and chain_seq > 0 from access_log where actor_name = 'Forger'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(integrity.verify(officer.actor()).intact()).isTrue();
	}

	private void asOwnerWithout(String trigger, String change) {
		var owner = JdbcClient.create(ownerDataSource);
		owner.sql("alter table access_log disable trigger " + trigger).update();
		try {
			owner.sql(change).update();
		}
		finally {
			owner.sql("alter table access_log enable trigger " + trigger).update();
		}
	}

	private long rows() {
		return jdbc.sql("select count(*) from access_log").query(Long.class).single();
	}

}
