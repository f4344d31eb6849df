package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import nl.kernteam.safetyteam.CourtOrderKind;
import nl.kernteam.safetyteam.CourtOrderManagement;
import nl.kernteam.safetyteam.LegalStepManagement;
import nl.kernteam.safetyteam.RaadRequestInput;
import nl.kernteam.safetyteam.RecordCourtOrder;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The family's page about the juvenile court: each member sees the orders about the
 * children whose matters they see, and the legal-aid information once the Raad was asked;
 * the read is logged.
 */
@IntegrationTest
class FamilyCourtOrdersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CourtOrderManagement orders;

	@Autowired
	LegalStepManagement steps;

	SightFamily family;

	LocalDate today;

	@BeforeEach
	void aFamilyWithOrdersForTimAndEva() throws Exception {
		family = new SightFamily(context, null);
		today = LocalDate.now(AmsterdamTime.ZONE);
		for (String child : new String[] { "Tim", "Eva" }) {
			orders.record(family.contactPerson.actor(), family.household,
					new RecordCourtOrder(family.members.get(child), CourtOrderKind.SUPERVISION, today, today,
							today.plusMonths(6), null, null, null));
		}
	}

	Document page(TestData.Fam who, String url) throws Exception {
		return Jsoup.parse(mvc.perform(get(url).with(who.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void eachMemberSeesTheOrdersOfTheChildrenWhoseMattersTheySee() throws Exception {
		var mother = family.account(data, "Moeder");
		String seen = page(mother, "/family/court-orders").select("#orders-heading + ul").text();
		assertThat(seen).contains("Tim: toezicht (ondertoezichtstelling)").doesNotContain("Eva");
		assertThat(page(family.account(data, "Eva"), "/family/court-orders").select("#orders-heading + ul").text())
			.contains("Eva")
			.doesNotContain("Tim");
		var lisa = family.account(data, "Lisa");
		assertThat(page(lisa, "/family/court-orders").text()).contains("De rechter heeft niets beslist");
		assertThat(page(mother, "/family").select("#court-heading")).isNotEmpty();
		// three court pages and the mother's home page, whose one log row names the court
		// card with the rest it shows
		assertThat(jdbc.sql("""
				select count(*) from access_log
				 where household_id = :h and outcome = 'GRANTED'
				   and 'court-orders' = any (string_to_array(resource, ','))
				""").param("h", family.household.value()).query(Long.class).single()).isEqualTo(4);
		// Lisa sees no child's matters with an order: her home does not say the court is
		// involved
		assertThat(page(lisa, "/family").select("#court-heading")).isEmpty();
	}

	@Test
	void aRequestToTheRaadBringsTheLegalAidInformation() throws Exception {
		var mother = family.account(data, "Moeder");
		assertThat(page(mother, "/family/court-orders").text()).doesNotContain("gevraagd om naar uw gezin te kijken");
		steps.request(family.contactPerson.actor(), family.household,
				new RaadRequestInput.Request(today, "Is toezicht nodig?"));
		var aid = page(mother, "/family/court-orders").select("[aria-labelledby=legal-aid-heading]").text();
		assertThat(aid).contains("Raad voor de Kinderbescherming", "Raad voor Rechtsbijstand", "Juridisch Loket")
			.doesNotContain("Is toezicht nodig?");
	}

}
