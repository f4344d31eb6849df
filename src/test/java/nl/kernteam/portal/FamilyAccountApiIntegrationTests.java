package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.AccessDecision;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.shared.AmsterdamTime;
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
 * Family accounts through the API: the contact person invites, the member activates with
 * the one-time code and logs in, and reaches only their own household's family endpoints.
 */
@IntegrationTest
class FamilyAccountApiIntegrationTests {

	static final String PASSWORD = "mijn eigen wachtwoord";

	/**
	 * Wrong passwords count per address too: the lock test's own, so others are not held
	 * back.
	 */
	static final org.springframework.test.web.servlet.request.RequestPostProcessor FROM_ITS_OWN_ADDRESS = request -> {
		request.setRemoteAddr("198.51.100.90");
		return request;
	};

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
	AccessDecision decision;

	Pro contactPerson;

	HouseholdId household;

	MemberDetails mother;

	MemberDetails daughter;

	MemberDetails son;

	@BeforeEach
	void aMotherWithADaughterOfFourteenAndASonOfTen() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
		String family = "Portaal" + TestData.unique();
		household = householdManagement.register(contactPerson.actor(), new RegisterHousehold(null, null,
				List.of(new MemberInput(null, "Sanne", family, today.minusYears(38), MemberRole.PARENT, null, false),
						new MemberInput(null, "Noor", family, today.minusYears(14), MemberRole.CHILD, null, false),
						new MemberInput(null, "Tim", family, today.minusYears(10), MemberRole.CHILD, null, false)),
				null, null));
		var members = householdQueries.details(contactPerson.actor(), household).members();
		mother = members.get(0);
		daughter = members.get(1);
		son = members.get(2);
	}

	ResultActions invite(Pro by, UUID member) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/family-accounts", household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"memberId\": \"" + member + "\"}"));
	}

	String codeFor(MemberDetails member) throws Exception {
		var result = invite(contactPerson, member.id()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").isString())
			.andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.activationCode");
	}

	/**
	 * From an address of its own: wrong codes count as failed logins of the address, and
	 * the other tests' logins come from another.
	 */
	ResultActions activate(String code, String username) throws Exception {
		return activateFrom("198.51.100.1", code, username);
	}

	ResultActions activateFrom(String address, String code, String username) throws Exception {
		return mvc.perform(post("/api/v1/family/activate").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content("""
				{"activationCode": "%s", "username": "%s", "password": "%s"}
				""".formatted(code, username, PASSWORD)));
	}

	String activated(MemberDetails member) throws Exception {
		String username = "gezin" + TestData.unique();
		activate(codeFor(member), username).andExpect(status().isCreated());
		return username;
	}

	@Test
	void theContactPersonInvitesTheMotherWhoActivatesAndSeesHerOwnHousehold() throws Exception {
		String code = codeFor(mother);
		assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
		String username = "sanne" + TestData.unique();
		activate(code.toLowerCase().replace("-", " "), username).andExpect(status().isCreated());

		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactPerson.name").value(contactPerson.summary().name()))
			.andExpect(jsonPath("$.members[0].name").value(mother.fullName()));
		mvc.perform(get("/api/v1/family/access-log").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].actorName").value(mother.fullName()));
	}

	@Test
	void aCodeWorksOnceAndAnExpiredOrWrongCodeIsRefused() throws Exception {
		String code = codeFor(mother);
		activate(code, "eerste" + TestData.unique()).andExpect(status().isCreated());
		activate(code, "tweede" + TestData.unique()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("activationCode"));

		String other = codeFor(daughter);
		jdbc.sql(
				"update family_account set code_expires_at = code_expires_at - interval '15 days' where member_id = :m")
			.param("m", daughter.id())
			.update();
		activate(other, "noor" + TestData.unique()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("activationCode"));
		activate("AAAA-BBBB-CCCC", "niemand" + TestData.unique()).andExpect(status().isBadRequest());
	}

	@Test
	void guessingCodesIsHeldBackLikeGuessingPasswords() throws Exception {
		String address = "198.51.100.77";
		for (int i = 0; i < 20; i++) {
			activateFrom(address, "AAAA-BBBB-CC" + (10 + i), "gok" + TestData.unique())
				.andExpect(status().isBadRequest());
		}
		activateFrom(address, "AAAA-BBBB-CCCC", "gok" + TestData.unique()).andExpect(status().isTooManyRequests());
		activateFrom("198.51.100.78", codeFor(mother), "sanne" + TestData.unique()).andExpect(status().isCreated());
	}

	@Test
	void aChildUnderTwelveGetsNoAccountAndAMemberGetsOneAccountAtATime() throws Exception {
		invite(contactPerson, son.id()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("memberId"));
		invite(contactPerson, UUID.randomUUID()).andExpect(status().isBadRequest());
		codeFor(daughter);
		invite(contactPerson, daughter.id()).andExpect(status().isConflict());
	}

	@Test
	void onlyTheContactPersonInvitesAndEnds() throws Exception {
		var coreTeam = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(contactPerson, household, coreTeam, "CORE_TEAM");
		invite(coreTeam, mother.id()).andExpect(status().isForbidden());
		var outsider = data.professional(OrganisationType.LOCAL_TEAM);
		invite(outsider, mother.id()).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households/{id}/family-accounts", household.value()).with(coreTeam.basic()))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from access_log where household_id = :h and basis = :b")
			.param("h", household.value())
			.param("b", "FAMILY_ACCOUNTS_BY_CONTACT_PERSON")
			.query(Long.class)
			.single()).as("the refusal is logged with its rule").isEqualTo(1);
	}

	@Test
	void anEndedAccountNoLongerLogsInAndANewCodeSetsANewPassword() throws Exception {
		String username = activated(mother);
		UUID account = jdbc.sql("select id from family_account where member_id = :m and ended_at is null")
			.param("m", mother.id())
			.query(UUID.class)
			.single();
		var result = mvc
			.perform(post("/api/v1/households/{id}/family-accounts/{a}/code", household.value(), account)
				.with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andReturn();
		String newCode = JsonPath.read(result.getResponse().getContentAsString(), "$.activationCode");
		mvc.perform(post("/api/v1/family/activate").contentType(MediaType.APPLICATION_JSON).content("""
				{"activationCode": "%s", "username": "%s", "password": "een nieuw wachtwoord"}
				""".formatted(newCode, username))).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, "een nieuw wachtwoord")))
			.andExpect(status().isOk());

		mvc.perform(post("/api/v1/households/{id}/family-accounts/{a}/end", household.value(), account)
			.with(contactPerson.basic())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, "een nieuw wachtwoord")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aRightPasswordResetsTheCountAndFiveWrongOnesInARowLockTheAccount() throws Exception {
		String username = activated(mother);
		for (int i = 0; i < 4; i++) {
			mvc.perform(get("/api/v1/family/household").with(httpBasic(username, "fout wachtwoord " + i))
				.with(FROM_ITS_OWN_ADDRESS)).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD)).with(FROM_ITS_OWN_ADDRESS))
			.andExpect(status().isOk());
		for (int i = 0; i < 4; i++) {
			mvc.perform(get("/api/v1/family/household").with(httpBasic(username, "fout wachtwoord " + i))
				.with(FROM_ITS_OWN_ADDRESS)).andExpect(status().isUnauthorized());
		}
		// four wrong after a right one do not lock
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD)).with(FROM_ITS_OWN_ADDRESS))
			.andExpect(status().isOk());
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/family/household").with(httpBasic(username, "fout wachtwoord " + i))
				.with(FROM_ITS_OWN_ADDRESS)).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD)).with(FROM_ITS_OWN_ADDRESS))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aDemoFamilyAccountIsRefusedWhereDemoLoginsAreNotAllowed() throws Exception {
		String username = activated(mother);
		jdbc.sql("update family_account set demo = true where lower(username) = :u").param("u", username).update();
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aProfessionalsUsernameCannotBeChosenAndARefusedActivationKeepsTheCode() throws Exception {
		String code = codeFor(mother);
		activate(code, contactPerson.username()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		mvc.perform(post("/api/v1/family/activate").contentType(MediaType.APPLICATION_JSON).content("""
				{"activationCode": "%s", "username": "sanne%d", "password": "kort"}
				""".formatted(code, TestData.unique())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		activate(code, "s@nne!").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
		activate(code, "sanne" + TestData.unique()).andExpect(status().isCreated());
	}

	@Test
	void aMemberWhoLeftTheHouseholdNoLongerReadsIt() throws Exception {
		String username = activated(daughter);
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
		jdbc.sql("update member set removed_at = now() where id = :m").param("m", daughter.id()).update();
		mvc.perform(get("/api/v1/family/household").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from access_log where household_id = :h and basis = :b")
			.param("h", household.value())
			.param("b", "FAMILY_OWN_HOUSEHOLD_ONLY")
			.query(Long.class)
			.single()).as("the refusal is logged with its rule").isEqualTo(1);
	}

	@Test
	void theDecisionGivesTheFamilyNoProfessionalDataAndProfessionalsNoFamilyVoice() throws Exception {
		var family = data.familyMember(contactPerson, household, mother.id()).member();
		assertThat(decision.decideForFamily(family, household, true, HouseholdItem.CORE_TEAM_NOTES, AccessAction.READ)
			.rule()).isEqualTo("FAMILY_NOT_THIS_ITEM");
		assertThat(decision.decideForFamily(family, household, true, HouseholdItem.PLAN, AccessAction.UPDATE).granted())
			.as("reads the plan, changes nothing of it")
			.isFalse();
		assertThat(decision
			.decideForFamily(family, data.household(contactPerson), true, HouseholdItem.HOUSEHOLD, AccessAction.READ)
			.rule()).isEqualTo("FAMILY_OWN_HOUSEHOLD_ONLY");
		assertThat(decision.decide(contactPerson.actor(), household, HouseholdItem.FAMILY_VOICE, AccessAction.CREATE)
			.rule()).isEqualTo("FAMILY_VOICE_BY_FAMILY");
		assertThat(decision.decide(contactPerson.actor(), household, HouseholdItem.FAMILY_VOICE, AccessAction.READ)
			.granted()).as("the core team reads what the family adds").isTrue();
	}

	@Test
	void aFamilyAccountIsRefusedEveryProfessionalEndpointAndAProfessionalTheFamilyOnes() throws Exception {
		String username = activated(mother);
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households").with(httpBasic(username, PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(
				get("/api/v1/households/{id}/family-accounts", household.value()).with(httpBasic(username, PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/family/household").with(contactPerson.basic())).andExpect(status().isForbidden());
	}

}
