package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Destroying a closed file after its retention period (issue 15): every row about the
 * household goes, in every table that names it or its members, and the access log and the
 * record of destruction stay. Open and reopened households are left alone; the job may
 * run twice.
 */
@IntegrationTest
class HouseholdDestructionIntegrationTests {

	/** What the law keeps, and the record of destruction itself. */
	static final Set<String> KEPT = Set.of("access_log", "access_log_chain", "household_destruction");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RetentionJob job;

	Pro contactPerson;

	HouseholdId household;

	List<UUID> members;

	TestData.Fam mother;

	@BeforeEach
	void aHouseholdWithAFile() throws Exception {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		members = jdbc.sql("select id from member where household_id = :h")
			.param("h", household.value())
			.query(UUID.class)
			.list();
		data.involve(contactPerson, household, data.professional(OrganisationType.LOCAL_TEAM), "CORE_TEAM");
		data.informal(contactPerson, household, "Oma Truus", "grootmoeder");
		mother = data.familyMember(contactPerson, household, members.get(0));
		String api = "/api/v1/households/" + household.value();
		json(contactPerson, api + "/notes", """
				{"kind": "CONVERSATION", "occurredOn": "%s", "text": "Gesprek over school."}""".formatted(today()),
				201);
		json(contactPerson, api + "/assessments", """
				{"date": "%s", "participants": [{"name": "Sanne", "kind": "FAMILY"}]}""".formatted(today()), 201);
		// what later issues added about a household: a court order, the plan's safety
		// conditions, a case review
		// and a reflection; each must go with the file
		UUID child = jdbc
			.sql("select id from member where household_id = :h and role = 'CHILD' order by birth_date limit 1")
			.param("h", household.value())
			.query(UUID.class)
			.single();
		json(contactPerson, api + "/court-orders", """
				{"childMemberId": "%s", "kind": "SUPERVISION", "decidedOn": "%s", "startsOn": "%s", "endsOn": "%s"}"""
			.formatted(child, today(), today(), today().plusMonths(6)), 201);
		String condition = com.jayway.jsonpath.JsonPath
			.read(json(contactPerson, api + "/plan/conditions", "{\"text\": \"Niet slaan waar de kinderen bij zijn.\"}",
					201)
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		json(contactPerson, api + "/plan/conditions/" + condition + "/checks",
				"{\"date\": \"%s\", \"held\": true}".formatted(today()), 201);
		json(contactPerson, api + "/case-reviews", "{}", 201);
		json(contactPerson, api + "/reflections",
				"""
						{"reflectedOn": "%s", "principles": {"FAMILY_AS_STARTING_POINT": "Het gezin sprak zelf."}, "shared": false}"""
					.formatted(today()),
				201);
		mvc.perform(post("/api/v1/family/objections").with(mother.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Ik wil weten wat er over ons staat.\", \"kind\": \"DATA_REQUEST\"}"))
			.andExpect(status().isCreated());
	}

	static LocalDate today() {
		return LocalDate.now(AmsterdamTime.ZONE);
	}

	ResultActions json(Pro who, String path, String body, int expected) throws Exception {
		return mvc.perform(post(path).with(who.basic()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(expected));
	}

	void close() throws Exception {
		json(contactPerson, "/api/v1/households/" + household.value() + "/close",
				"{\"reason\": \"Het gaat weer goed.\", \"lastScale\": 8}", 200);
	}

	void retentionEnded() {
		jdbc.sql("update household_closure set retention_until = :d where household_id = :h and reopened_at is null")
			.param("d", today().minusDays(1))
			.param("h", household.value())
			.update();
	}

	/**
	 * Every uuid column, in any table, that holds a household id or a member id: by name
	 * ({@code household_id}, {@code *member_id}) or as a foreign key to household or
	 * member (read from the catalogue, {@code pg_catalog}: information_schema's
	 * constraint views are slow). A table added later is found here without changing this
	 * test.
	 */
	List<String[]> columnsNamingAHouseholdOrMember() {
		return jdbc.sql("""
				select c.relname, a.attname,
				       case when a.attname like '%member_id'
				                 or exists (select 1 from pg_constraint f
				                             where f.conrelid = c.oid and f.contype = 'f'
				                               and f.confrelid = 'member'::regclass and a.attnum = any (f.conkey))
				            then 'member' else 'household' end
				  from pg_class c
				  join pg_namespace n on n.oid = c.relnamespace and n.nspname = current_schema()
				  join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
				 where c.relkind in ('r', 'p') and not c.relispartition and a.atttypid = 'uuid'::regtype
				   and (a.attname in ('household_id', 'other_household_id') or a.attname like '%member_id'
				        or exists (select 1 from pg_constraint f
				                    where f.conrelid = c.oid and f.contype = 'f'
				                      and f.confrelid in ('household'::regclass, 'member'::regclass)
				                      and a.attnum = any (f.conkey)))
				""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list()
			.stream()
			.filter(column -> !KEPT.contains(column[0]) && !column[0].startsWith("access_log"))
			.toList();
	}

	/** Tables with rows naming the household or its members, as "table.column". */
	List<String> whatRemains() {
		var remaining = new ArrayList<String>();
		for (String[] column : columnsNamingAHouseholdOrMember()) {
			// table and column names come from the database's own catalogue, not from
			// input
			String sql = "select count(*) from " + column[0] + " where " + column[1] + "::uuid = any(:ids)";
			var ids = column[2].equals("member") ? members.toArray(UUID[]::new) : new UUID[] { household.value() };
			if (jdbc.sql(sql).param("ids", ids).query(Long.class).single() > 0) {
				remaining.add(column[0] + "." + column[1]);
			}
		}
		var household = jdbc.sql("select count(*) from household where id = :h")
			.param("h", this.household.value())
			.query(Long.class)
			.single();
		if (household > 0) {
			remaining.add("household.id");
		}
		return remaining;
	}

	long accessLogRows() {
		return jdbc.sql("select count(*) from access_log where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single();
	}

	long destructionRecords() {
		return jdbc.sql("select count(*) from household_destruction where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single();
	}

	/**
	 * A signal about a person with this fingerprint, registered by the contact person.
	 */
	void signalAbout(String fingerprint) {
		jdbc.sql(
				"""
						insert into signal (id, person_fingerprint, identified_by, organisation_id, professional_id, registered_at)
						select :id, :fingerprint, 'BSN', organisation_id, id, :at from professional where id = :pro
						""")
			.param("id", UUID.randomUUID())
			.param("fingerprint", fingerprint)
			.param("pro", contactPerson.id())
			.param("at", java.sql.Timestamp.from(java.time.Instant.now()))
			.update();
	}

	long signalsAbout(String fingerprint) {
		return jdbc.sql("select count(*) from signal where person_fingerprint = :f")
			.param("f", fingerprint)
			.query(Long.class)
			.single();
	}

	@Test
	void afterTheRetentionPeriodEveryRowAboutTheHouseholdGoesAndTheAccessLogStays() throws Exception {
		// one member known only here, one also a member of another household: signals
		// about the first go, about the second stay
		String onlyHere = "fp-only-" + UUID.randomUUID();
		String alsoElsewhere = "fp-both-" + UUID.randomUUID();
		jdbc.sql("update member set bsn_fingerprint = :f, bsn_encrypted = 'x' where id = :m")
			.param("f", onlyHere)
			.param("m", members.get(0))
			.update();
		jdbc.sql("update member set bsn_fingerprint = :f, bsn_encrypted = 'x' where id = :m")
			.param("f", alsoElsewhere)
			.param("m", members.get(1))
			.update();
		var elsewhere = data.household(contactPerson);
		jdbc.sql("""
				update member set bsn_fingerprint = :f, bsn_encrypted = 'x'
				 where id = (select id from member where household_id = :h order by position limit 1)
				""").param("f", alsoElsewhere).param("h", elsewhere.value()).update();
		signalAbout(onlyHere);
		signalAbout(alsoElsewhere);
		// a draft typed about the household (issue 17)
		jdbc.sql("""
				insert into draft (professional_id, household_id, item, content, saved_at)
				values (:p, :h, :item, 'versleuteld', now())
				""")
			.param("p", contactPerson.id())
			.param("h", household.value())
			.param("item", "note:" + household.value())
			.update();
		close();
		assertThat(whatRemains()).as("the test finds the household's rows before")
			.contains("member.household_id", "note.household_id", "assessment.household_id", "draft.household_id",
					"portal_objection.household_id", "family_account.household_id", "household_closure.household_id");
		long logged = accessLogRows();
		assertThat(logged).isPositive();
		retentionEnded();

		assertThat(job.run(java.time.Instant.now())).isGreaterThanOrEqualTo(1);

		assertThat(whatRemains()).as("rows left about the destroyed household").isEmpty();
		assertThat(accessLogRows()).as("the access log stays").isEqualTo(logged);
		assertThat(destructionRecords()).isOne();
		assertThat(jdbc.sql("""
				select grounds = 'RETENTION_ENDED' and destroyed_by is null and (rows ->> 'member')::int = :members
				       and (rows ->> 'note')::int = 1 and (rows ->> 'assessment')::int = 1
				  from household_destruction where household_id = :h
				""").param("h", household.value()).param("members", members.size()).query(Boolean.class).single())
			.as("what went, counted per table")
			.isTrue();

		assertThat(signalsAbout(onlyHere)).as("signals about a member known only here").isZero();
		assertThat(signalsAbout(alsoElsewhere)).as("a member of another household keeps their signals").isOne();
		assertThat(jdbc.sql("select count(*) from member where household_id = :h")
			.param("h", elsewhere.value())
			.query(Long.class)
			.single()).as("the other household is untouched").isEqualTo(3);

		assertThat(job.run(java.time.Instant.now())).as("a second run finds nothing").isZero();
		assertThat(destructionRecords()).isOne();
	}

	@Test
	void aHouseholdWithinItsRetentionPeriodOrReopenedOrOpenIsLeftAlone() throws Exception {
		close();
		job.run(java.time.Instant.now());
		assertThat(whatRemains()).as("within the retention period").contains("member.household_id");

		retentionEnded();
		json(contactPerson, "/api/v1/households/" + household.value() + "/reopen",
				"{\"reason\": \"Nieuwe zorgen gemeld door school\"}", 200);
		job.run(java.time.Instant.now());
		assertThat(whatRemains()).as("reopened: open, and so never due").contains("member.household_id");
		assertThat(destructionRecords()).isZero();
	}

	@Test
	void theDestructionLogIsForThePrivacyOfficer() throws Exception {
		close();
		retentionEnded();
		job.run(java.time.Instant.now());
		var officer = data.professional(OrganisationType.MUNICIPALITY, Role.PRIVACY_OFFICER);
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/destructions")
			.with(officer.basic()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.jsonPath("$.items[?(@.householdId == '%s')].grounds".formatted(household.value()))
				.value("RETENTION_ENDED"))
			// counted in the record's index, up to the cap
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total")
				.value((int) Math.min(nl.kernteam.shared.PageOf.COUNT_CAP,
						jdbc.sql("select count(*) from household_destruction").query(Long.class).single())));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/destructions")
			.with(contactPerson.basic())).andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/privacy/destructions")
			.with(officer.session()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Huishouden " + household.value())));
	}

	@Test
	void aGrantedRequestOfTheFamilyDestroysTheClosedFileAtOnceAndAnOpenFileIsRefused() throws Exception {
		String request = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(post("/api/v1/family/objections").with(mother.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\": \"Wij willen dat alles over ons weg is.\", \"kind\": \"DESTRUCTION_REQUEST\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		var officer = data.professional(OrganisationType.MUNICIPALITY, Role.PRIVACY_OFFICER);
		String grant = "/api/v1/destruction-requests/" + request + "/grant";
		String reason = "{\"reason\": \"De hulp is klaar; geen wettelijke plicht om te bewaren.\"}";

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/privacy/data-requests")
			.with(officer.session()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Toekennen en vernietigen")));
		mvc.perform(post("/privacy/data-requests/" + request + "/destroy").with(officer.session())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("reason", "Het gezin vroeg erom"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("destroyError", "household.destruction.open"));
		json(officer, grant, reason, 409)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("nog open")));
		assertThat(whatRemains()).as("an open file stays").contains("member.household_id");
		json(contactPerson, grant, reason, 403);
		close();
		json(officer, grant, "{\"reason\": \" \"}", 400);
		assertThat(destructionRecords()).isZero();

		json(officer, grant, reason, 200);

		assertThat(whatRemains()).isEmpty();
		assertThat(jdbc.sql("""
				select grounds = 'FAMILY_REQUEST' and destroyed_by = :officer and reason is not null
				  from household_destruction where household_id = :h
				""").param("h", household.value()).param("officer", officer.id()).query(Boolean.class).single())
			.isTrue();
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :officer and resource = :resource
				""")
			.param("h", household.value())
			.param("officer", officer.id())
			.param("resource", "destruction:" + request)
			.query(Long.class)
			.single()).as("the grant is in the access log, which stays").isOne();
		json(officer, grant, reason, 404);
	}

}
