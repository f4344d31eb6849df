package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.CreateProfessional;
import nl.kernteam.identity.IdentityManagement;
import nl.kernteam.identity.Professionals;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Need to know, as one table: every kind of person against every kind of a household's
 * data, through the API and through the pages, checking the answer (seen, left out,
 * refused, or asked to log in) and the access-log row that the one access decision wrote
 * for it (granted or refused, and the rule that decided).
 */
@IntegrationTest
class NeedToKnowIntegrationTests {

	/** Who asks. */
	enum Who {

		CONTACT_PERSON, DIRECTOR, CORE_TEAM, EXPERT, PARTNER, PARTNER_WITH_SHARE, INFORMAL, ENDED, OUTSIDER, EMERGENCY,
		TEAM_LEAD, PRIVACY_OFFICER, ADMINISTRATOR

	}

	/**
	 * What they ask for; SHARES is making a share (only the contact person and the
	 * director may).
	 */
	enum What {

		HOUSEHOLD, MEMBERS, NETWORK, CORE_TEAM_NOTES, NETWORK_NOTES, ASSESSMENTS, PLAN, TIMELINE, ACCESS_LOG, SHARES

	}

	/**
	 * The expected answers. {@code S} sees it, {@code H} is answered but the item is left
	 * out, {@code R} is refused (403), {@code -} has no account and is asked to log in
	 * (no row). The log row's rule is the row's own rule (last column) unless the cell
	 * names another after a colon.
	 */
	static final String TABLE = """
			                    HOUSEHOLD MEMBERS NETWORK CORE_TEAM_NOTES NETWORK_NOTES ASSESSMENTS PLAN TIMELINE ACCESS_LOG SHARES RULE
			CONTACT_PERSON      S S S S S S S S R:PRIVACY_OFFICER_ONLY S CONTACT_PERSON
			DIRECTOR            S S S S S S S S R:PRIVACY_OFFICER_ONLY S DIRECTOR
			CORE_TEAM           S S S S S S S S R:PRIVACY_OFFICER_ONLY R:SHARES_BY_CONTACT_PERSON_OR_DIRECTOR CORE_TEAM
			EXPERT              S S S S S S S S R:PRIVACY_OFFICER_ONLY R:SHARES_BY_CONTACT_PERSON_OR_DIRECTOR EXPERT
			PARTNER             S S S H S R:PARTNER_NEED_TO_KNOW S S R:PRIVACY_OFFICER_ONLY R:SHARES_BY_CONTACT_PERSON_OR_DIRECTOR PARTNER
			PARTNER_WITH_SHARE  S S S H S S:PARTNER_SHARED_ASSESSMENTS S S R:PRIVACY_OFFICER_ONLY R:SHARES_BY_CONTACT_PERSON_OR_DIRECTOR PARTNER
			INFORMAL            - - - - - - - - - - NONE
			ENDED               R R R R R R R R R:PRIVACY_OFFICER_ONLY R OUTSIDE_NETWORK
			OUTSIDER            R R R R R R R R R:PRIVACY_OFFICER_ONLY R OUTSIDE_NETWORK
			EMERGENCY           S S S S S S S S R:PRIVACY_OFFICER_ONLY R:EMERGENCY_READS_ONLY EMERGENCY
			TEAM_LEAD           R R R R R R R R R:PRIVACY_OFFICER_ONLY R OUTSIDE_NETWORK
			PRIVACY_OFFICER     R R R R R R R R S:PRIVACY_OFFICER R OUTSIDE_NETWORK
			ADMINISTRATOR       R R R R R R R R R:PRIVACY_OFFICER_ONLY R OUTSIDE_NETWORK
			""";

	enum Answer {

		SEES, LEFT_OUT, REFUSED, LOGIN

	}

	record Expected(Answer answer, String rule) {
	}

	static Map<Who, Map<What, Expected>> expectations() {
		var lines = TABLE.strip().lines().toList();
		var result = new EnumMap<Who, Map<What, Expected>>(Who.class);
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.trim().split("\\s+");
			assertThat(cells).as(line).hasSize(What.values().length + 2);
			String rule = cells[cells.length - 1];
			var row = new EnumMap<What, Expected>(What.class);
			for (What what : What.values()) {
				String[] cell = cells[what.ordinal() + 1].split(":");
				Answer answer = switch (cell[0]) {
					case "S" -> Answer.SEES;
					case "H" -> Answer.LEFT_OUT;
					case "R" -> Answer.REFUSED;
					default -> Answer.LOGIN;
				};
				row.put(what, new Expected(answer, answer == Answer.LOGIN ? null : cell.length > 1 ? cell[1] : rule));
			}
			result.put(Who.valueOf(cells[0]), row);
		}
		assertThat(result.keySet()).containsExactlyInAnyOrder(Who.values());
		return result;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityManagement identity;

	@Autowired
	Professionals professionals;

	/** One family with everyone around it. */
	class Family {

		final Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);

		final HouseholdId household = data.household(contactPerson);

		final String base = "/households/" + household.value();

		final String api = "/api/v1" + base;

		final Map<Who, Pro> people = new EnumMap<>(Who.class);

		final Map<Who, UUID> involvements = new EnumMap<>(Who.class);

		String assessment;

		/**
		 * A partner outside the table, for the contact person and the director to share
		 * with and revoke again.
		 */
		UUID spare;

		final String coreTeamNote = "Gesprek met Daan alleen " + TestData.unique();

		final String networkNote = "Afspraak voor het hele netwerk " + TestData.unique();

		Family() throws Exception {
			people.put(Who.CONTACT_PERSON, contactPerson);
			involve(Who.DIRECTOR, data.professional(OrganisationType.YOUTH_PROTECTION_AGENCY), "CORE_TEAM");
			involve(Who.CORE_TEAM, data.professional(OrganisationType.LOCAL_TEAM), "CORE_TEAM");
			involve(Who.EXPERT, data.professional(OrganisationType.CHILD_PROTECTION_BOARD), "EXPERT");
			involve(Who.PARTNER, data.professional(OrganisationType.POLICE), "PARTNER");
			involve(Who.PARTNER_WITH_SHARE, data.professional(OrganisationType.MENTAL_HEALTH), "PARTNER");
			involve(Who.ENDED, data.professional(OrganisationType.SCHOOL), "PARTNER");
			spare = data.involve(contactPerson, household, data.professional(OrganisationType.SCHOOL), "PARTNER");
			people.put(Who.OUTSIDER, data.professional(OrganisationType.MENTAL_HEALTH));
			people.put(Who.EMERGENCY, data.professional(OrganisationType.VEILIG_THUIS));
			var localTeam = professionals.organisation(contactPerson.summary().organisationId()).orElseThrow();
			people.put(Who.TEAM_LEAD, data.professional(localTeam, Role.PROFESSIONAL, Role.TEAM_LEAD));
			people.put(Who.PRIVACY_OFFICER, data.professional(OrganisationType.LOCAL_TEAM, Role.PRIVACY_OFFICER));
			String admin = "admin" + TestData.unique();
			people.put(Who.ADMINISTRATOR,
					new Pro(identity.createProfessional(new CreateProfessional(admin, TestData.PASSWORD,
							"Beheerder " + admin, null, Set.of(Role.FUNCTIONAL_ADMIN), admin + "@example.org", null))));

			json(put(api + "/director"), contactPerson, """
					{"professionalId": "%s", "reason": "Jeugdbescherming voert de regie"}"""
				.formatted(people.get(Who.DIRECTOR).id()), 200);
			assessment = JsonPath.read(json(post(api + "/assessments"), contactPerson, """
					{"date": "2026-11-02", "participants": [{"name": "Sanne", "kind": "FAMILY"}]}""", 201), "$.id");
			json(post(api + "/notes"), contactPerson, """
					{"kind": "CONVERSATION", "occurredOn": "2026-11-02", "text": "%s"}""".formatted(coreTeamNote), 201);
			json(post(api + "/notes"), contactPerson, """
					{"kind": "MEETING", "occurredOn": "2026-11-02", "text": "%s", "audience": "NETWORK"}"""
				.formatted(networkNote), 201);
			json(post(api + "/involvements/" + involvements.get(Who.ENDED) + "/end"), contactPerson,
					"{\"reason\": \"School is klaar\"}", 200);
			json(post(api + "/emergency-access"), people.get(Who.EMERGENCY), "{\"reason\": \"Melding in de nacht\"}",
					201);
			json(post(api + "/shares"), contactPerson, share(Who.PARTNER_WITH_SHARE, "ASSESSMENTS"), 201);
		}

		void involve(Who who, Pro professional, String role) {
			people.put(who, professional);
			involvements.put(who, data.involve(contactPerson, household, professional, role));
		}

		String share(Who with, String what) {
			return share(involvements.get(with), what);
		}

		String share(UUID involvement, String what) {
			return """
					{"involvementId": "%s", "what": "%s", "legalBasis": "LEGAL_DUTY"}""".formatted(involvement, what);
		}

		String json(MockHttpServletRequestBuilder request, Pro who, String body, int expected) throws Exception {
			var response = mvc.perform(request.with(who.basic()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(request.toString() + " " + response.getContentAsString())
				.isEqualTo(expected);
			return response.getContentAsString();
		}

	}

	/**
	 * The access-log rows of this actor (or, without one, of the household) written after
	 * {@code after}.
	 */
	record Row(String outcome, String basis, boolean emergency) {
	}

	long lastRow() {
		return jdbc.sql("select coalesce(max(id), 0) from access_log").query(Long.class).single();
	}

	List<Row> rowsSince(long after, Family family, Pro who) {
		return jdbc
			.sql("""
					select outcome, basis, emergency from access_log
					 where id > :after and household_id = :household and (cast(:actor as uuid) is null or actor_id = cast(:actor as uuid))
					""")
			.param("after", after)
			.param("household", family.household.value())
			.param("actor", who == null ? null : who.id())
			.query((rs, n) -> new Row(rs.getString("outcome"), rs.getString("basis"), rs.getBoolean("emergency")))
			.list();
	}

	@TestFactory
	Stream<DynamicTest> everyoneAgainstEveryItemThroughTheApi() throws Exception {
		var family = new Family();
		var tests = new ArrayList<DynamicTest>();
		expectations().forEach((who, row) -> row.forEach((what, expected) -> tests.add(DynamicTest
			.dynamicTest("API " + who + " × " + what + " → " + expected, () -> apiCell(family, who, what, expected)))));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyoneAgainstEveryItemThroughThePages() throws Exception {
		var family = new Family();
		var tests = new ArrayList<DynamicTest>();
		expectations().forEach((who, row) -> row.forEach((what, expected) -> {
			// sharing is an API call and a form on the network page, tested with the
			// shares
			if (what != What.SHARES) {
				tests.add(DynamicTest.dynamicTest("page " + who + " × " + what + " → " + expected,
						() -> pageCell(family, who, what, expected)));
			}
		}));
		return tests.stream();
	}

	void apiCell(Family family, Who who, What what, Expected expected) throws Exception {
		Pro pro = family.people.get(who);
		MockHttpServletRequestBuilder request = switch (what) {
			case HOUSEHOLD, MEMBERS -> get(family.api);
			case NETWORK -> get(family.api + "/network");
			case CORE_TEAM_NOTES, NETWORK_NOTES, TIMELINE -> get(family.api + "/timeline").param("size", "100");
			case ASSESSMENTS -> get(family.api + "/assessments/" + family.assessment);
			case PLAN -> get(family.api + "/plan");
			case ACCESS_LOG -> get(family.api + "/access-log");
			case SHARES -> post(family.api + "/shares").contentType(MediaType.APPLICATION_JSON)
				.content(family.share(family.spare, "CORE_TEAM_NOTES"));
		};
		long before = lastRow();
		var response = mvc.perform(pro == null ? request : request.with(pro.basic())).andReturn().getResponse();
		check(family, who, what, expected, pro, before, response, true);
		// the next one may share again
		if (what == What.SHARES && response.getStatus() == 201) {
			String share = JsonPath.read(response.getContentAsString(), "$.id");
			family.json(post(family.api + "/shares/" + share + "/revoke"), family.contactPerson, "{}", 200);
		}
	}

	void pageCell(Family family, Who who, What what, Expected expected) throws Exception {
		Pro pro = family.people.get(who);
		MockHttpServletRequestBuilder request = switch (what) {
			case HOUSEHOLD, MEMBERS -> get(family.base);
			case NETWORK -> get(family.base + "/network");
			case CORE_TEAM_NOTES, NETWORK_NOTES, TIMELINE -> get(family.base + "/timeline");
			case ASSESSMENTS -> get(family.base + "/assessments/" + family.assessment);
			case PLAN -> get(family.base + "/plan");
			case ACCESS_LOG -> get(family.base + "/access-log");
			case SHARES -> throw new IllegalArgumentException("no page");
		};
		long before = lastRow();
		var response = mvc.perform(pro == null ? request : request.with(pro.session())).andReturn().getResponse();
		check(family, who, what, expected, pro, before, response, false);
		if (what == What.ASSESSMENTS && pro != null && response.getStatus() != 302) {
			// on the household page, the assessments' section shows exactly to whom the
			// assessments open
			var page = mvc.perform(get(family.base).with(pro.session())).andReturn().getResponse();
			if (page.getStatus() == 200) {
				assertThat(page.getContentAsString().contains("assessment-section"))
					.as("the assessments' section on the household page")
					.isEqualTo(expected.answer() == Answer.SEES);
			}
		}
	}

	void check(Family family, Who who, What what, Expected expected, Pro pro, long before,
			MockHttpServletResponse response, boolean api) throws Exception {
		String body = response.getContentAsString();
		var rows = rowsSince(before, family, pro);
		switch (expected.answer()) {
			case LOGIN -> {
				assertThat(response.getStatus()).as("asked to log in").isIn(api ? Set.of(401) : Set.of(302));
				assertThat(rows).as("nothing logged without an actor").isEmpty();
				return;
			}
			case REFUSED -> {
				assertThat(response.getStatus()).as(body).isEqualTo(403);
				assertThat(rows).as("the refusal and its rule").contains(new Row("DENIED", expected.rule(), false));
				if (!api) {
					// only a professional outside the network is offered to break the
					// glass
					boolean offered = body.contains(family.base + "/emergency-access");
					assertThat(offered).as("emergency access offered")
						.isEqualTo("OUTSIDE_NETWORK".equals(expected.rule())
								&& pro.summary().roles().contains(Role.PROFESSIONAL));
				}
				return;
			}
			default -> {
				assertThat(response.getStatus()).as(body).isIn(200, 201);
				assertThat(rows).as("the granted access and its rule")
					.contains(new Row("GRANTED", expected.rule(), who == Who.EMERGENCY));
				assertThat(rows).as("nothing refused").noneMatch(r -> r.outcome().equals("DENIED"));
			}
		}
		String shown = switch (what) {
			case MEMBERS -> "Daan";
			case CORE_TEAM_NOTES -> family.coreTeamNote;
			case NETWORK_NOTES -> family.networkNote;
			default -> null;
		};
		if (shown != null) {
			assertThat(body.contains(shown)).as("shows " + shown).isEqualTo(expected.answer() == Answer.SEES);
		}
	}

	/**
	 * A share ends at once: the partner's open session is refused in the same second the
	 * share is revoked.
	 */
	@Test
	void aRevokedShareEndsAccessInTheSameSecondAlsoForAnOpenSession() throws Exception {
		var family = new Family();
		Pro partner = family.people.get(Who.PARTNER_WITH_SHARE);
		String page = family.base + "/assessments/" + family.assessment;
		mvc.perform(get(page).with(partner.session())).andExpect(status().isOk());
		String share = jdbc
			.sql("select id::text from involvement_share where involvement_id = :i and revoked_at is null")
			.param("i", family.involvements.get(Who.PARTNER_WITH_SHARE))
			.query(String.class)
			.single();

		long revokedAt = System.nanoTime();
		family.json(post(family.api + "/shares/" + share + "/revoke"), family.contactPerson, "{}", 200);
		mvc.perform(get(page).with(partner.session())).andExpect(status().isForbidden());
		mvc.perform(get(family.api + "/assessments/" + family.assessment).with(partner.basic()))
			.andExpect(status().isForbidden());
		assertThat(System.nanoTime() - revokedAt).as("refused within the second").isLessThan(1_000_000_000L);
		assertThat(rowsSince(0, family, partner)).contains(new Row("DENIED", "PARTNER_NEED_TO_KNOW", false));
	}

	/**
	 * Partners write notes for the whole network; a note for the core team only is the
	 * core team's.
	 */
	@Test
	void aPartnerWritesForTheNetworkNotForTheCoreTeam() throws Exception {
		var family = new Family();
		Pro partner = family.people.get(Who.PARTNER);
		family.json(post(family.api + "/notes"), partner, """
				{"kind": "PHONE_CALL", "occurredOn": "2026-11-03", "text": "Gebeld met school"}""", 403);
		family.json(post(family.api + "/notes"), partner,
				"""
						{"kind": "PHONE_CALL", "occurredOn": "2026-11-03", "text": "Gebeld met school", "audience": "NETWORK"}""",
				201);
		family.json(post(family.api + "/notes"), partner, """
				{"kind": "PHONE_CALL", "occurredOn": "2026-11-03", "text": "Gebeld", "audience": "EVERYONE"}""", 400);
		// the note form offers each only the audiences they may write for
		String partnersForm = mvc.perform(get(family.base + "/timeline").with(partner.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(partnersForm).contains("value=\"NETWORK\"").doesNotContain("value=\"CORE_TEAM\"");
		String contactPersonsForm = mvc.perform(get(family.base + "/timeline").with(family.contactPerson.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(contactPersonsForm).contains("value=\"NETWORK\"").contains("value=\"CORE_TEAM\"");
	}

}
