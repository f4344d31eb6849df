package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.notification.Notifications;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
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

/**
 * A team lead who makes themselves contact person gains full access: allowed, with a
 * reason, as a counted handover that is logged, and told to the previous contact person
 * and the privacy officers.
 */
@IntegrationTest
class NobodyGainsAccessSilentlyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	Pro contactPerson;

	Pro lead;

	HouseholdId household;

	@BeforeEach
	void setUp() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var team = new OrganisationSummary(contactPerson.summary().organisationId(), null, null, null, null);
		lead = data.professional(team, Role.PROFESSIONAL, Role.TEAM_LEAD);
		household = data.household(contactPerson);
	}

	@Test
	void aTeamLeadWhoAppointsThemselvesIsCountedLoggedAndToldToThePreviousContactPersonAndPrivacyOfficers()
			throws Exception {
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		mvc.perform(post("/team/" + contactPerson.id() + "/handover").with(lead.session())
			.with(csrf())
			.param("householdId", household.value().toString())
			.param("newContactPersonId", lead.id().toString())
			.param("reason", " ")).andExpect(status().is3xxRedirection());
		assertThat(handovers()).as("no reason, no handover").isZero();

		mvc.perform(post("/team/" + contactPerson.id() + "/handover").with(lead.session())
			.with(csrf())
			.param("householdId", household.value().toString())
			.param("newContactPersonId", lead.id().toString())
			.param("reason", "Collega langdurig ziek")).andExpect(status().is3xxRedirection());

		assertThat(handovers()).as("a counted handover").isEqualTo(1);
		assertThat(jdbc.sql("select reason from contact_person where household_id = :h and ended_at is null")
			.param("h", household.value())
			.query(String.class)
			.single()).isEqualTo("Collega langdurig ziek");
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :lead and action = 'UPDATE'
				   and resource = 'network.contact-person' and outcome = 'GRANTED'
				""").param("h", household.value()).param("lead", lead.id()).query(Long.class).single()).as("logged")
			.isEqualTo(1);

		String householdName = "Gezin " + data.householdName(household);
		var told = selfAppointments(contactPerson);
		assertThat(told).as("the previous contact person is told").hasSize(1);
		assertThat(told.get(0).arguments()).containsExactly(lead.summary().name(), lead.summary().organisationName(),
				householdName);
		var officerTold = selfAppointments(officer);
		assertThat(officerTold).as("the privacy officer is told").hasSize(1);
		assertThat(officerTold.get(0).link()).isEqualTo("/households/" + household.value() + "/access-log");
		assertThat(officerTold.get(0).arguments().get(2)).as("outside the network, no family name")
			.isNotEqualTo(householdName);
		mvc.perform(get("/notifications").with(officer.session()))
			.andExpect(
					content().string(containsString("heeft zichzelf vaste contactpersoon gemaakt van een huishouden")))
			.andExpect(content().string(not(containsString(householdName))));
	}

	@Test
	void throughTheApiAsWell() throws Exception {
		Pro officer = data.professional(OrganisationType.OTHER, Role.PRIVACY_OFFICER);
		mvc.perform(put("/api/v1/households/{id}/contact-person", household.value()).with(lead.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Overname door teamleider\"}".formatted(lead.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.handovers").value(1));
		assertThat(selfAppointments(contactPerson)).hasSize(1);
		assertThat(selfAppointments(officer)).hasSize(1);
	}

	@Test
	void aHandoverToSomeoneElseStillTellsThemAndThePreviousContactPerson() throws Exception {
		var team = new OrganisationSummary(contactPerson.summary().organisationId(), null, null, null, null);
		Pro successor = data.professional(team);
		mvc.perform(put("/api/v1/households/{id}/contact-person", household.value()).with(lead.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"professionalId\": \"%s\", \"reason\": \"Verhuizing collega\"}".formatted(successor.id())))
			.andExpect(status().isOk());
		assertThat(keys(successor)).contains("network.notification.newContactPerson");
		assertThat(keys(contactPerson)).contains("network.notification.handedOver");
	}

	private int handovers() {
		return jdbc.sql("select greatest(count(*) - 1, 0) from contact_person where household_id = :h")
			.param("h", household.value())
			.query(Integer.class)
			.single();
	}

	private List<Notifications.Notification> selfAppointments(Pro reader) {
		return notifications.forProfessional(reader.id(), new PageOf.Request(0, 50))
			.items()
			.stream()
			.filter(n -> n.messageKey().equals("network.notification.selfAppointed"))
			.filter(n -> household.value().equals(n.householdId()))
			.toList();
	}

	private List<String> keys(Pro reader) {
		return notifications.forProfessional(reader.id(), new PageOf.Request(0, 50))
			.items()
			.stream()
			.map(Notifications.Notification::messageKey)
			.toList();
	}

}
