package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.jsoup.Jsoup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class NetworkApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	Pro contactPerson;

	HouseholdId household;

	@BeforeEach
	void aHouseholdWithAContactPerson() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
	}

	ResultActions involve(Pro by, String json) throws Exception {
		return mvc.perform(post("/api/v1/households/{id}/involvements", household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	String involveProfessional(Pro by, Pro professional, String role) throws Exception {
		var result = involve(by, """
				{"professionalId": "%s", "role": "%s", "reason": "Denkt mee over veiligheid"}
				""".formatted(professional.id(), role)).andExpect(status().isCreated()).andReturn();
		return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
	}

	@Test
	void networkShowsContactPersonDirectorInvolvementsAndHandovers() throws Exception {
		mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactPerson.professionalId").value(contactPerson.id().toString()))
			.andExpect(jsonPath("$.contactPerson.name").value(contactPerson.summary().name()))
			.andExpect(jsonPath("$.contactPerson.organisationName").value(contactPerson.summary().organisationName()))
			.andExpect(jsonPath("$.director.professionalId").value(contactPerson.id().toString()))
			.andExpect(jsonPath("$.involvements[0].professionalId").value(contactPerson.id().toString()))
			.andExpect(jsonPath("$.involvements[0].role").value("CORE_TEAM"))
			.andExpect(jsonPath("$.involvements[0].startedAt").isString())
			.andExpect(jsonPath("$.handovers").value(0));
	}

	@Test
	void contactPersonInvolvesAProfessionalWhoThenSeesTheHousehold() throws Exception {
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(veiligThuis.basic()))
			.andExpect(status().isForbidden());
		involve(contactPerson, """
				{"professionalId": "%s", "role": "CORE_TEAM", "reason": "Veiligheidsbeoordeling"}
				""".formatted(veiligThuis.id())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.organisationName").value(veiligThuis.summary().organisationName()))
			.andExpect(jsonPath("$.role").value("CORE_TEAM"));
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(veiligThuis.basic()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/households").with(veiligThuis.basic()))
			.andExpect(jsonPath("$.items[*].id", hasItem(household.value().toString())));
		involve(contactPerson, """
				{"professionalId": "%s", "role": "EXPERT", "reason": "Nog eens"}
				""".formatted(veiligThuis.id())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("professionalId"));
	}

	@Test
	void aCoreTeamMemberWhoDoesNotLeadIsRefusedEveryNetworkChangeByTheDecisionAndTheRefusalIsLogged() throws Exception {
		Pro coreTeam = data.professional(OrganisationType.LOCAL_TEAM);
		String own = involveProfessional(contactPerson, coreTeam, "CORE_TEAM");
		Pro partner = data.professional(OrganisationType.MENTAL_HEALTH);
		String partners = involveProfessional(contactPerson, partner, "PARTNER");
		involve(coreTeam, """
				{"professionalId": "%s", "role": "PARTNER", "reason": "Mag dit?"}
				""".formatted(data.professional(OrganisationType.POLICE).id())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), partners)
			.with(coreTeam.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Niet nodig\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/households/{id}/director", household.value()).with(coreTeam.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Ik neem het over\"}".formatted(coreTeam.id())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :a and outcome = 'DENIED'
				   and basis = 'NETWORK_BY_CONTACT_PERSON_OR_DIRECTOR'
				""").param("h", household.value()).param("a", coreTeam.id()).query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select ended_at is null from involvement where id = :id::uuid")
			.param("id", partners)
			.query(Boolean.class)
			.single()).as("the partner is still involved").isTrue();
		mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(contactPerson.basic()))
			.andExpect(jsonPath("$.director.professionalId").value(contactPerson.id().toString()));
		// leaving the network oneself is not managing it
		mvc.perform(
				post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), own).with(coreTeam.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"reason\": \"Mijn deel is klaar\"}"))
			.andExpect(status().isOk());
	}

	@Test
	void onlyContactPersonAndDirectorManageTheNetwork() throws Exception {
		Pro partner = data.professional(OrganisationType.MENTAL_HEALTH);
		involveProfessional(contactPerson, partner, "PARTNER");
		Pro another = data.professional(OrganisationType.POLICE);
		involve(partner, """
				{"professionalId": "%s", "role": "PARTNER", "reason": "Mag dit?"}
				""".formatted(another.id())).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/households/{id}/director", household.value()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"GGZ houdt de regie\"}".formatted(partner.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.director.professionalId").value(partner.id().toString()))
			.andExpect(jsonPath("$.contactPerson.professionalId").value(contactPerson.id().toString()));
		involve(partner, """
				{"professionalId": "%s", "role": "PARTNER", "reason": "Wijkagent"}
				""".formatted(another.id())).andExpect(status().isCreated());
		mvc.perform(
				put("/api/v1/households/{id}/director", household.value()).with(contactPerson.basic())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"professionalId\": \"%s\", \"reason\": \"x\"}"
						.formatted(data.professional(OrganisationType.SCHOOL).id())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void endingAnInvolvementEndsAccessAtOnceAndKeepsHistory() throws Exception {
		Pro board = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		String involvement = involveProfessional(contactPerson, board, "EXPERT");
		mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(board.basic()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), involvement)
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), involvement)
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Onderzoek niet nodig\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(board.basic()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/households").with(board.basic()))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(household.value().toString()))));
		mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(contactPerson.basic()))
			.andExpect(jsonPath("$.involvements[?(@.id == '%s')].endedAt".formatted(involvement)).isNotEmpty())
			.andExpect(jsonPath("$.involvements[?(@.id == '%s')].endReason".formatted(involvement))
				.value(hasItem("Onderzoek niet nodig")));
		mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), involvement)
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"nog eens\"}")).andExpect(status().isConflict());
	}

	@Test
	void aReasonIsAtMostAThousandCharactersOfPlainTextInTheApiAndOnThePage() throws Exception {
		String involvement = involveProfessional(contactPerson, data.professional(OrganisationType.POLICE), "PARTNER");
		for (String reason : List.of("x".repeat(1001), "Eerst dit\u0000dan dat")) {
			mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), involvement)
				.with(contactPerson.basic())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"%s\"}".formatted(reason.replace("\u0000", "\\u0000"))))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("reason"));
		}
		String page = mvc
			.perform(post("/households/{id}/network/director", household.value()).with(contactPerson.session())
				.with(csrf())
				.param("professionalId", contactPerson.id().toString())
				.param("reason", "x".repeat(1001)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(page).select("#reason-error").text()).contains("hoogstens 1000 tekens");
		mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), involvement)
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"%s\"}".formatted("x".repeat(1000)))).andExpect(status().isOk());
	}

	@Test
	void aProfessionalWhoLeavesTheNetworkThemselvesSeesNothingMoreInTheSameRequestOrAfter() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		String involvement = involveProfessional(contactPerson, police, "PARTNER");
		mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), involvement)
			.with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Zaak afgesloten\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OK"))
			.andExpect(jsonPath("$.involvements").doesNotExist());
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(police.basic()))
			.andExpect(status().isForbidden());
	}

	@Test
	void networkOnAPastDateShowsWhoWasInvolvedThen() throws Exception {
		Pro board = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		String involvement = involveProfessional(contactPerson, board, "EXPERT");
		jdbc.sql(
				"update involvement set started_at = now() - interval '60 days', ended_at = now() - interval '10 days' where id = :id::uuid")
			.param("id", involvement)
			.update();
		mvc.perform(get("/api/v1/households/{id}/network", household.value())
			.param("on", LocalDate.now().minusDays(30).toString())
			.with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.involvements[?(@.id == '%s')]".formatted(involvement)).isNotEmpty());
	}

	@Test
	void contactPersonCannotLeaveWithoutHandoverAndHandoversAreCounted() throws Exception {
		String own = JsonPath
			.read(mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(contactPerson.basic()))
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.involvements[0].id");
		mvc.perform(post("/api/v1/households/{id}/involvements/{iid}/end", household.value(), own)
			.with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Ik stop\"}")).andExpect(status().isConflict());
		Pro veiligThuis = data.professional(OrganisationType.VEILIG_THUIS);
		changeContactPerson(contactPerson, veiligThuis, "Mag niet").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("professionalId"));
		Pro colleague = data.professional(new nl.kernteam.identity.OrganisationSummary(
				contactPerson.summary().organisationId(), null, null, null, null));
		changeContactPerson(contactPerson, colleague, " ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		changeContactPerson(contactPerson, colleague, "Ik ga met verlof").andExpect(status().isOk())
			.andExpect(jsonPath("$.contactPerson.professionalId").value(colleague.id().toString()))
			.andExpect(jsonPath("$.handovers").value(1));
		// warm handover by default: the previous contact person stays involved
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(contactPerson.basic()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/{id}/measures", household.value())
			.param("from", LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE).minusDays(1).toString())
			.param("to", LocalDate.now(nl.kernteam.shared.AmsterdamTime.ZONE).plusDays(1).toString())
			.with(colleague.basic()))
			.andExpect(jsonPath("$.handovers").value(1))
			.andExpect(jsonPath("$.professionals").value(2))
			.andExpect(jsonPath("$.organisations").value(1));
	}

	ResultActions changeContactPerson(Pro by, Pro next, String reason) throws Exception {
		return mvc.perform(put("/api/v1/households/{id}/contact-person", household.value()).with(by.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"%s\"}".formatted(next.id(), reason)));
	}

	@Test
	void teamLeadHandsOverFromOutsideTheNetworkButNotForAnotherOrganisation() throws Exception {
		var team = new nl.kernteam.identity.OrganisationSummary(contactPerson.summary().organisationId(), null, null,
				null, null);
		Pro teamLead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		Pro successor = data.professional(team);
		Pro otherLead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		changeContactPerson(otherLead, successor, "Niet van mijn team").andExpect(status().isForbidden());
		changeContactPerson(teamLead, successor, "Collega vertrekt").andExpect(status().isOk());
		mvc.perform(get("/api/v1/households/{id}/network", household.value()).with(successor.basic()))
			.andExpect(jsonPath("$.contactPerson.professionalId").value(successor.id().toString()));
	}

	@Test
	void deactivatingAContactPersonIsRefusedUntilHandedOverAndThenEndsAccess() throws Exception {
		var admin = httpBasic("admin", TestData.ADMIN_PASSWORD);
		mvc.perform(post("/api/v1/professionals/{id}/deactivate", contactPerson.id()).with(admin))
			.andExpect(status().isConflict());
		var adminId = jdbc.sql("select id from professional where username = 'admin'").query(UUID.class).single();
		var adminSession = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(new nl.kernteam.support.TestPrincipal(new nl.kernteam.shared.Actor(adminId, "Functioneel beheerder",
					null, null, null, java.util.Set.of(Role.FUNCTIONAL_ADMIN)), "admin"));
		mvc.perform(get("/admin/professionals/{id}", contactPerson.id()).with(adminSession))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(data.householdName(household))));
		var team = new nl.kernteam.identity.OrganisationSummary(contactPerson.summary().organisationId(), null, null,
				null, null);
		Pro successor = data.professional(team);
		changeContactPerson(contactPerson, successor, "Vertrekt").andExpect(status().isOk());
		mvc.perform(post("/api/v1/professionals/{id}/deactivate", contactPerson.id()).with(admin))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from involvement where professional_id = :p and ended_at is null")
			.param("p", contactPerson.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void informalMembersAreInTheNetworkButCannotLogIn() throws Exception {
		involve(contactPerson, """
				{"personName": "Truus Bakker", "relation": "oma", "role": "INFORMAL"}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.personName").value("Truus Bakker"))
			.andExpect(jsonPath("$.professionalId").doesNotExist())
			.andExpect(jsonPath("$.role").value("INFORMAL"));
		involve(contactPerson, "{\"personName\": \"\", \"relation\": \"buurman\", \"role\": \"INFORMAL\"}")
			.andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from professional where name = 'Truus Bakker' or username ilike '%truus%'")
			.query(Long.class)
			.single()).isZero();
		mvc.perform(get("/api/v1/households").with(httpBasic("Truus Bakker", "whatever-password")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void databaseRefusesTwoCurrentContactPersonsAndANonLocalTeamOneAndNone() {
		Pro colleague = data.professional(OrganisationType.LOCAL_TEAM);
		assertThatThrownBy(() -> jdbc.sql("""
				insert into contact_person (id, household_id, professional_id, reason, started_at)
				values (gen_random_uuid(), :household, :professional, 'tweede', now())
				""").param("household", household.value()).param("professional", colleague.id()).update())
			.isInstanceOf(DataAccessException.class);
		Pro police = data.professional(OrganisationType.POLICE);
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
			jdbc.sql("update contact_person set ended_at = now() where household_id = :household and ended_at is null")
				.param("household", household.value())
				.update();
			jdbc.sql("""
					insert into contact_person (id, household_id, professional_id, reason, started_at)
					values (gen_random_uuid(), :household, :professional, 'politie', now())
					""").param("household", household.value()).param("professional", police.id()).update();
		})).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc
			.sql("update contact_person set ended_at = now() where household_id = :household and ended_at is null")
			.param("household", household.value())
			.update()).isInstanceOf(DataAccessException.class);
		assertThat(jdbc.sql("select count(*) from contact_person where household_id = :household and ended_at is null")
			.param("household", household.value())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void notesAndNetworkChangesMakeOneTimeline() throws Exception {
		involveProfessional(contactPerson, data.professional(OrganisationType.SCHOOL), "PARTNER");
		mvc.perform(post("/api/v1/households/{id}/notes", household.value()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"kind": "HOME_VISIT", "occurredOn": "%s", "present": ["Sanne", "Daan"], "text": "Rustig gesprek aan de keukentafel."}
							"""
						.formatted(LocalDate.now())))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/households/{id}/notes", household.value()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"HOME_VISIT\", \"occurredOn\": \"%s\", \"text\": \"\"}"
				.formatted(LocalDate.now().plusDays(5))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("occurredOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("text")));
		mvc.perform(get("/api/v1/households/{id}/timeline", household.value()).param("size", "2")
			.with(contactPerson.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[0].type").value("NOTE"))
			.andExpect(jsonPath("$.items[0].present[1]").value("Daan"))
			.andExpect(jsonPath("$.items[1].type").value("INVOLVEMENT_STARTED"));
	}

	@Test
	void emergencyAccessNeedsAReasonIsFlaggedReadOnlyAndTellsTheContactPerson() throws Exception {
		Pro police = data.professional(OrganisationType.POLICE);
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(police.basic()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/households/{id}/emergency-access", household.value()).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Melding huiselijk geweld, kinderen mogelijk in gevaar\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").isString());
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(police.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.emergency").value(true));
		mvc.perform(post("/api/v1/households/{id}/notes", household.value()).with(police.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"kind\": \"OTHER\", \"occurredOn\": \"%s\", \"text\": \"Mag niet\"}".formatted(LocalDate.now())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :household and actor_id = :actor and emergency
				""").param("household", household.value()).param("actor", police.id()).query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc
			.sql("""
					select count(*) from notification where professional_id = :contact and message_key = 'network.notification.emergencyAccess'
					""")
			.param("contact", contactPerson.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		jdbc.sql(
				"update emergency_access set started_at = now() - interval '9 hours', expires_at = now() - interval '1 hour' where professional_id = :p")
			.param("p", police.id())
			.update();
		mvc.perform(get("/api/v1/households/{id}", household.value()).with(police.basic()))
			.andExpect(status().isForbidden());
	}

	@Test
	void emergencyAccessForAnUnknownHouseholdIsNotFound() throws Exception {
		mvc.perform(post("/api/v1/households/{id}/emergency-access", UUID.randomUUID()).with(contactPerson.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"nood\"}")).andExpect(status().isNotFound());
	}

}
