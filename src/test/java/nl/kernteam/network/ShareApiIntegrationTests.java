package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.AddRelation;
import nl.kernteam.household.FamilySystemManagement;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.HouseholdShares;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.household.RelationKind;
import nl.kernteam.household.SharedItem;
import nl.kernteam.shared.OrganisationType;
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
 * Sharing with a partner on a legal basis, through the API, on the embedded PostgreSQL.
 */
@IntegrationTest
class ShareApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdManagement householdManagement;

	@Autowired
	HouseholdQueries householdQueries;

	@Autowired
	FamilySystemManagement familySystem;

	@Autowired
	HouseholdShares householdShares;

	@Autowired
	Clock clock;

	Pro contactPerson;

	Pro partner;

	HouseholdId household;

	UUID partnerInvolvement;

	MemberDetails mother;

	MemberDetails child;

	/**
	 * A mother with parental authority over a child of eight, and the adult mental-health
	 * partner.
	 */
	@BeforeEach
	void aFamilyWithAPartner() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		LocalDate today = LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE);
		String family = "Deel" + TestData.unique();
		household = householdManagement.register(contactPerson.actor(), new RegisterHousehold(null, null,
				List.of(new MemberInput(null, "Sanne", family, today.minusYears(38), MemberRole.PARENT, null, false),
						new MemberInput(null, "Evi", family, today.minusYears(8), MemberRole.CHILD, null, false)),
				null, null));
		var members = householdQueries.details(contactPerson.actor(), household).members();
		mother = members.get(0);
		child = members.get(1);
		familySystem.addRelation(contactPerson.actor(), household,
				new AddRelation(null, mother.id(), null, child.id(), RelationKind.PARENT_OF, true, null));
		partner = data.professional(OrganisationType.MENTAL_HEALTH);
		partnerInvolvement = data.involve(contactPerson, household, partner, "PARTNER");
	}

	ResultActions share(Pro by, String json) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/shares", household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String shareAssessmentsWithTheMothersConsent(Pro by) throws Exception {
		var result = share(by, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "CONSENT", "consentOf": ["%s"]}
				""".formatted(partnerInvolvement, mother.id())).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	ResultActions revoke(Pro by, String share) throws Exception {
		return mvc
			.perform(post("/api/v1/households/{id}/shares/{share}/revoke", household.value(), share).with(by.basic()));
	}

	Set<SharedItem> sharedWithPartnerNow() {
		return householdShares.sharedWith(household, partner.id(), clock.instant());
	}

	@Test
	void theContactPersonSharesOnTheMothersConsentAndARevocationEndsItAtOnce() throws Exception {
		assertThat(sharedWithPartnerNow()).isEmpty();
		String share = shareAssessmentsWithTheMothersConsent(contactPerson);
		assertThat(sharedWithPartnerNow()).containsExactly(SharedItem.ASSESSMENTS);
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].id").value(share))
			.andExpect(jsonPath("$.items[0].involvementId").value(partnerInvolvement.toString()))
			.andExpect(jsonPath("$.items[0].what").value("ASSESSMENTS"))
			.andExpect(jsonPath("$.items[0].legalBasis").value("CONSENT"))
			.andExpect(jsonPath("$.items[0].consentOf[0].memberId").value(mother.id().toString()))
			.andExpect(jsonPath("$.items[0].consentOf[0].name").value(mother.fullName()))
			.andExpect(jsonPath("$.items[0].active").value(true));

		revoke(contactPerson, share).andExpect(status().isOk());
		assertThat(sharedWithPartnerNow()).as("ended in the same instant").isEmpty();
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(contactPerson.basic()))
			.andExpect(jsonPath("$.items[0].active").value(false))
			.andExpect(jsonPath("$.items[0].revokedAt").isString())
			.andExpect(jsonPath("$.items[0].revokedBy").value(contactPerson.summary().name()));
		var revokedAt = revokedAt(share);
		revoke(contactPerson, share).andExpect(status().isOk());
		assertThat(revokedAt(share)).as("a second revocation changes nothing").isEqualTo(revokedAt);
	}

	@Test
	void aShareRunsUntilItsLastDayAndOnlyWhileThePartnerIsInvolved() throws Exception {
		String share = shareAssessmentsWithTheMothersConsent(contactPerson);
		var now = clock.instant();
		jdbc.sql("update involvement_share set until_on = :day where id = :id")
			.param("day", LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE))
			.param("id", UUID.fromString(share))
			.update();
		assertThat(householdShares.sharedWith(household, partner.id(), now)).containsExactly(SharedItem.ASSESSMENTS);
		assertThat(householdShares.sharedWith(household, partner.id(), now.plus(java.time.Duration.ofDays(1))))
			.as("after its last day")
			.isEmpty();
		assertThat(householdShares.sharedWith(household, partner.id(), now.minusSeconds(3600)))
			.as("before it was shared")
			.isEmpty();
		assertThat(householdShares.sharedWith(household, contactPerson.id(), now)).as("with someone else").isEmpty();

		mvc.perform(post("/api/v1/households/{id}/involvements/{i}/end", household.value(), partnerInvolvement)
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Behandeling klaar\"}")).andExpect(status().isOk());
		assertThat(sharedWithPartnerNow()).as("the partner left the network").isEmpty();
		revoke(contactPerson, share).andExpect(status().isConflict());
	}

	@Test
	void onlyTheContactPersonAndTheDirectorShareOrRevoke() throws Exception {
		Pro coreTeam = data.professional(OrganisationType.VEILIG_THUIS);
		data.involve(contactPerson, household, coreTeam, "CORE_TEAM");
		Pro outsider = data.professional(OrganisationType.POLICE);
		String body = """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "LEGAL_DUTY"}
				""".formatted(partnerInvolvement);
		share(partner, body).andExpect(status().isForbidden());
		share(coreTeam, body).andExpect(status().isForbidden());
		share(outsider, body).andExpect(status().isForbidden());
		assertThat(sharedWithPartnerNow()).isEmpty();

		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/households/{id}/director", household.value())
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Veilig Thuis houdt de regie\"}"
				.formatted(coreTeam.id())))
			.andExpect(status().isOk());
		String share = JsonPath.read(
				share(coreTeam, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
		revoke(partner, share).andExpect(status().isForbidden());
		revoke(outsider, share).andExpect(status().isForbidden());
		assertThat(sharedWithPartnerNow()).containsExactly(SharedItem.ASSESSMENTS);
		revoke(contactPerson, share).andExpect(status().isOk());
		assertThat(sharedWithPartnerNow()).isEmpty();
		revoke(contactPerson, UUID.randomUUID().toString()).andExpect(status().isNotFound());
	}

	@Test
	void badInputIsRefusedFieldByField() throws Exception {
		share(contactPerson, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("involvementId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("what")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("legalBasis")));
		share(contactPerson, """
				{"involvementId": "%s", "what": "PLAN", "legalBasis": "LEGAL_DUTY"}
				""".formatted(partnerInvolvement)).andExpect(status().isBadRequest());
		UUID coreTeam = data.involve(contactPerson, household, data.professional(OrganisationType.VEILIG_THUIS),
				"CORE_TEAM");
		UUID informal = data.informal(contactPerson, household, "Truus", "oma");
		for (UUID notAPartner : List.of(coreTeam, informal)) {
			share(contactPerson, """
					{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "LEGAL_DUTY"}
					""".formatted(notAPartner)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("involvementId"));
		}
		share(contactPerson, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "LEGAL_DUTY"}
				""".formatted(UUID.randomUUID())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("involvementId"));
		share(contactPerson, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "LEGAL_DUTY", "until": "%s"}
				""".formatted(partnerInvolvement, LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE).minusDays(1)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("until"));
		share(contactPerson, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "LEGAL_DUTY", "consentOf": ["%s"]}
				""".formatted(partnerInvolvement, mother.id())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consentOf"));
		share(contactPerson, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "CONSENT"}
				""".formatted(partnerInvolvement)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consentOf"));
		assertThat(count("select count(*) from involvement_share where household_id = :h")).isZero();
	}

	@Test
	void consentFollowsTheAgeRule() throws Exception {
		// the child of eight does not consent; the mother with authority does
		share(contactPerson, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "CONSENT", "consentOf": ["%s", "%s"]}
				""".formatted(partnerInvolvement, mother.id(), child.id())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consentOf"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("jonger dan 12")));
		// a young person of sixteen decides alone: the mother's consent alone does not do
		LocalDate today = LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE);
		householdManagement.update(contactPerson.actor(), household, youngPersonJoins(today));
		var sixteen = householdQueries.details(contactPerson.actor(), household)
			.members()
			.stream()
			.filter(m -> m.givenName().equals("Lotte"))
			.findFirst()
			.orElseThrow();
		share(contactPerson, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "CONSENT", "consentOf": ["%s"]}
				""".formatted(partnerInvolvement, mother.id())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("consentOf"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("16 of 17")));
		share(contactPerson, """
				{"involvementId": "%s", "what": "ASSESSMENTS", "legalBasis": "CONSENT", "consentOf": ["%s", "%s"]}
				""".formatted(partnerInvolvement, mother.id(), sixteen.id())).andExpect(status().isCreated());
	}

	nl.kernteam.household.UpdateHousehold youngPersonJoins(LocalDate today) {
		var details = householdQueries.details(contactPerson.actor(), household);
		var members = new java.util.ArrayList<MemberInput>();
		for (var m : details.members()) {
			members.add(new MemberInput(m.id(), m.givenName(), m.familyName(), m.birthDate(), m.role(), null, false));
		}
		members.add(new MemberInput(null, "Lotte", mother.familyName(), today.minusYears(16), MemberRole.CHILD, null,
				false));
		return new nl.kernteam.household.UpdateHousehold(details.name(), members, details.version());
	}

	@Test
	void aDoubleSubmitSharesOnceAndTheSameItemTwiceIsAConflict() throws Exception {
		UUID id = UUID.randomUUID();
		String body = """
				{"id": "%s", "involvementId": "%s", "what": "CORE_TEAM_NOTES", "legalBasis": "VITAL_INTEREST",
				 "explanation": "Moeder dreigt zichzelf iets aan te doen; de GGZ moet weten wat het kernteam zag."}
				""".formatted(id, partnerInvolvement);
		share(contactPerson, body).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id.toString()));
		share(contactPerson, body).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value(id.toString()));
		assertThat(count("select count(*) from involvement_share where household_id = :h")).isEqualTo(1);
		share(contactPerson, """
				{"involvementId": "%s", "what": "CORE_TEAM_NOTES", "legalBasis": "COURT_ORDER"}
				""".formatted(partnerInvolvement)).andExpect(status().isConflict());
		assertThat(sharedWithPartnerNow()).containsExactly(SharedItem.CORE_TEAM_NOTES);
	}

	@Test
	void aPartnerSeesOnlyTheirOwnSharesAndAnOutsiderNone() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		UUID policeInvolvement = data.involve(contactPerson, household, police, "PARTNER");
		shareAssessmentsWithTheMothersConsent(contactPerson);
		share(contactPerson,
				"""
						{"involvementId": "%s", "what": "CORE_TEAM_NOTES", "legalBasis": "LEGAL_DUTY", "explanation": "Zorgmelding"}
						"""
					.formatted(policeInvolvement))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(contactPerson.basic()))
			.andExpect(jsonPath("$.items", hasSize(2)));
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(partner.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].what").value("ASSESSMENTS"));
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(police.basic()))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].legalBasis").value("LEGAL_DUTY"));
		mvc.perform(get("/api/v1/households/{id}/shares", household.value())
			.with(data.professional(OrganisationType.SCHOOL).basic())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).with(partner.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.type == 'SHARED')]", hasSize(1)))
			.andExpect(jsonPath("$.items[?(@.type == 'SHARED')].detail", hasItem("ASSESSMENTS")));
		mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).with(contactPerson.basic()))
			.andExpect(jsonPath("$.items[?(@.type == 'SHARED')]", hasSize(2)));
	}

	/**
	 * A partner who directs the network sees every share (they stand as director in the
	 * access decision), and only their own again once the direction passes to someone
	 * else.
	 */
	@Test
	void aPartnerWhoDirectsSeesEveryShare() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		UUID policeInvolvement = data.involve(contactPerson, household, police, "PARTNER");
		shareAssessmentsWithTheMothersConsent(contactPerson);
		share(contactPerson,
				"""
						{"involvementId": "%s", "what": "CORE_TEAM_NOTES", "legalBasis": "LEGAL_DUTY", "explanation": "Zorgmelding"}
						"""
					.formatted(policeInvolvement))
			.andExpect(status().isCreated());
		appointDirector(partner);
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(partner.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(2)));
		appointDirector(contactPerson);
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(partner.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].what").value("ASSESSMENTS"));
	}

	private void appointDirector(Pro director) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/households/{id}/director", household.value())
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Regie\"}".formatted(director.id())))
			.andExpect(status().isOk());
	}

	@Test
	void eachShareAndItsEndAreOnTheTimelineAndInTheAccessLog() throws Exception {
		String share = shareAssessmentsWithTheMothersConsent(contactPerson);
		revoke(contactPerson, share).andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].type").value("SHARE_ENDED"))
			.andExpect(jsonPath("$.items[0].id").value(share))
			.andExpect(jsonPath("$.items[0].detail").value("ASSESSMENTS"))
			.andExpect(jsonPath("$.items[0].text").value("REVOKED"))
			.andExpect(jsonPath("$.items[0].actorName").value(contactPerson.summary().name()))
			.andExpect(jsonPath("$.items[0].subject").value(org.hamcrest.Matchers.startsWith(partner.summary().name())))
			.andExpect(jsonPath("$.items[1].type").value("SHARED"))
			.andExpect(jsonPath("$.items[1].text").value("CONSENT"))
			.andExpect(jsonPath("$.items[1].present[0]").value(mother.fullName()));
		mvc.perform(get("/api/v1/households/{id}/shares", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("""
				select action || ' ' || resource from access_log
				 where household_id = :h and actor_id = :a and outcome = 'GRANTED' and resource like '%share%'
				 order by at, id
				""").param("h", household.value()).param("a", contactPerson.id()).query(String.class).list())
			.containsExactly("CREATE share:" + share, "UPDATE share:" + share, "READ shares");
		assertThat(count(
				"select count(*) from access_log where household_id = :h and actor_id = '%s' and outcome = 'DENIED'"
					.formatted(partner.id())))
			.isZero();
		revoke(partner, share).andExpect(status().isForbidden());
		assertThat(count(
				"select count(*) from access_log where household_id = :h and actor_id = '%s' and outcome = 'DENIED'"
					.formatted(partner.id())))
			.as("a refused revocation is logged")
			.isEqualTo(1);
	}

	private Object revokedAt(String share) {
		return jdbc.sql("select revoked_at from involvement_share where id = :id")
			.param("id", UUID.fromString(share))
			.query(java.sql.Timestamp.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).param("h", household.value()).query(Long.class).single();
	}

}
