package nl.kernteam.demo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.plan.PlanQueries;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RegionGeneratorIntegrationTests {

	@Autowired
	RegionGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdQueries households;

	@Autowired
	PlanQueries plans;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void generatesAConsistentRegionThatTheDemoAccountsCanWorkWith() {
		generator.generate(60, 7);
		assertThat(count("select count(*) from organisation where email like '%.example'")).isEqualTo(9);
		assertThat(count("select count(*) from professional where username in ('anouk.dejong', 'pieter.dijkstra', 'beheer.dalenburg')"))
			.isEqualTo(3);
		// every generated household has exactly one current contact person from a local team
		assertThat(count("""
				select count(*) from household h where h.name like 'Gezin %' and h.created_by in
				  (select id from professional where email like '%.example')
				  and (select count(*) from contact_person c join professional p on p.id = c.professional_id
				        join organisation o on o.id = p.organisation_id
				        where c.household_id = h.id and c.ended_at is null and o.type = 'LOCAL_TEAM') <> 1
				""")).isZero();
		assertThat(count("select count(*) from member where bsn_fingerprint is not null and bsn_encrypted is not null")).isPositive();
		assertThat(count("select count(*) from plan_agreement where owner_name is null")).isZero();

		var anouk = jdbc.sql("""
				select p.id, p.name, o.id as org, o.name as org_name from professional p join organisation o on o.id = p.organisation_id
				 where p.username = 'anouk.dejong'
				""").query((rs, row) -> new Actor(rs.getObject("id", java.util.UUID.class), rs.getString("name"),
					rs.getObject("org", java.util.UUID.class), rs.getString("org_name"), OrganisationType.LOCAL_TEAM,
					java.util.Set.of(Role.PROFESSIONAL))).single();
		long visible = transactions.execute(tx -> households.list(anouk, "", new PageOf.Request(0, 20)).total());
		assertThat(visible).isGreaterThan(5);
		assertThat(plans.myWork(anouk)).isNotNull();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
