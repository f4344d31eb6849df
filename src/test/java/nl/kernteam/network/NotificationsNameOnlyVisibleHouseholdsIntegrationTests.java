package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The notifications page names a household only while the reader may see it, and logs
 * that it did.
 */
@IntegrationTest
class NotificationsNameOnlyVisibleHouseholdsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	NetworkManagement network;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aProfessionalWhoLeftTheNetworkNoLongerSeesTheHouseholdsNameInNotifications() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		Pro expert = data.professional(OrganisationType.MENTAL_HEALTH);
		HouseholdId household = data.household(contactPerson);
		String name = "Gezin " + data.householdName(household);
		var involvement = data.involve(contactPerson, household, expert, "EXPERT");

		mvc.perform(get("/notifications").with(expert.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("U bent toegevoegd aan het netwerk van " + name)));
		assertThat(listed(expert, household)).as("showing the name is logged").isEqualTo(1);

		network.endInvolvement(contactPerson.actor(), household, involvement, "Behandeling afgerond");
		mvc.perform(get("/notifications").with(expert.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))))
			.andExpect(content().string(containsString("U bent toegevoegd aan het netwerk van een huishouden")))
			.andExpect(content().string(containsString("uw betrokkenheid bij een huishouden beëindigd")));
		assertThat(listed(expert, household)).as("not named, not listed").isEqualTo(1);

		mvc.perform(get("/notifications").with(contactPerson.session())).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from notification where household_id = :h and :name = any (arguments)")
			.param("h", household.value())
			.param("name", name)
			.query(Long.class)
			.single()).as("the name is not stored with the notification").isZero();
	}

	private long listed(Pro reader, HouseholdId household) {
		return jdbc.sql("""
				select count(*) from access_log where household_id = :h and actor_id = :reader and action = 'SEARCH'
				   and resource = 'notifications'
				""").param("h", household.value()).param("reader", reader.id()).query(Long.class).single();
	}

}
