package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.HouseholdShares;
import nl.kernteam.household.MemberDetails;
import nl.kernteam.household.SharedItem;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The network page says per person what they see and on which basis; the share form and
 * the revoke button.
 */
@IntegrationTest
class SharePagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HouseholdQueries householdQueries;

	@Autowired
	ShareManagement shares;

	@Autowired
	HouseholdShares householdShares;

	@Autowired
	Clock clock;

	Pro contactPerson;

	Pro partner;

	HouseholdId household;

	UUID partnerInvolvement;

	MemberDetails parent;

	MemberDetails twelve;

	String base;

	/**
	 * The standard family: Sanne (parent), Daan (born 2014, 12 or older) and Evi (born
	 * 2017).
	 */
	@BeforeEach
	void aFamilyWithAPartner() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		var members = householdQueries.details(contactPerson.actor(), household).members();
		parent = members.get(0);
		twelve = members.get(1);
		partner = data.professional(OrganisationType.MENTAL_HEALTH);
		partnerInvolvement = data.involve(contactPerson, household, partner, "PARTNER");
		base = "/households/" + household.value();
	}

	Document page(Pro who, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(who.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void theNetworkPageSaysWhatEachPersonSeesAndOnWhichBasis() throws Exception {
		data.informal(contactPerson, household, "Truus", "oma");
		Pro police = data.professional(OrganisationType.POLICE);
		UUID policeInvolvement = data.involve(contactPerson, household, police, "PARTNER");
		shares.share(contactPerson.actor(), household,
				new ShareWithPartner(null, partnerInvolvement, SharedItem.ASSESSMENTS, LegalBasis.CONSENT,
						List.of(parent.id(), twelve.id()), LocalDate.of(2199, 3, 1), null));
		shares.share(contactPerson.actor(), household,
				new ShareWithPartner(null, policeInvolvement, SharedItem.CORE_TEAM_NOTES, LegalBasis.LEGAL_DUTY,
						List.of(), null, "Zorgmelding, artikel 7.1.1 Jeugdwet"));
		long rowsBefore = logRows();
		var page = page(contactPerson, base + "/network");
		assertThat(logRows()).as("one page view, one access-log row").isEqualTo(rowsBefore + 1);
		var sights = page.select(".sights__person");
		assertThat(sights.eachText()).anySatisfy(text -> assertThat(text).contains(contactPerson.summary().name())
			.contains("Ziet alles wat met het gezin is vastgelegd."));
		assertThat(sights.eachText()).anySatisfy(text -> assertThat(text).contains(partner.summary().name())
			.contains(
					"Ziet: de gezinsleden, het netwerk en de vaste contactpersoon, de afspraken van het plan en notities voor het hele netwerk.")
			.contains("Gedeeld: gezamenlijke oordeelsvorming (toestemming van " + parent.fullName() + ", "
					+ twelve.fullName() + ", tot en met 1-3-2199)"));
		assertThat(sights.eachText()).anySatisfy(text -> assertThat(text).contains(police.summary().name())
			.contains("Gedeeld: notities van het kernteam (wettelijke plicht of meldrecht)")
			.contains("Toelichting: Zorgmelding, artikel 7.1.1 Jeugdwet"));
		assertThat(sights.eachText())
			.anySatisfy(text -> assertThat(text).contains("Truus").contains("Heeft geen account"));
		assertThat(page.select("a[href*=/shares/new]")).hasSize(2);
		assertThat(page.select("form[action*=/revoke] button")).hasSize(2);

		var partnersView = page(partner, base + "/network");
		assertThat(partnersView.select("form[action*=/revoke], a[href*=/shares/new]")).as("only managers act")
			.isEmpty();
		assertThat(partnersView.select(".sights").text()).contains("gezamenlijke oordeelsvorming")
			.as("another partner's share is not a partner's business")
			.doesNotContain("notities van het kernteam")
			.doesNotContain("Zorgmelding");
	}

	@Test
	void theShareFormShowsEachMistakeNextToItsFieldAndKeepsTheInput() throws Exception {
		var form = page(contactPerson, base + "/shares/new?involvementId=" + partnerInvolvement);
		assertThat(form.select("#involvementId option[selected]").val()).isEqualTo(partnerInvolvement.toString());
		assertThat(form.select("label[for=consentOf-" + twelve.id() + "]").text())
			.contains("beslist mee met de ouders met gezag");
		assertThat(form.select("input[name=consentOf]")).as("a child under 12 is not asked").hasSize(2);

		String html = mvc
			.perform(post(base + "/shares").with(contactPerson.session())
				.with(csrf())
				.param("submissionId", UUID.randomUUID().toString())
				.param("involvementId", partnerInvolvement.toString())
				.param("what", "ASSESSMENTS")
				.param("legalBasis", "CONSENT")
				.param("consentOf", parent.id().toString())
				.param("explanation", "Besproken met moeder op 1 december"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var refused = Jsoup.parse(html);
		assertThat(refused.select("#consentOf-error").text()).contains("Een kind van 12 tot 16 beslist mee");
		assertThat(refused.select("input[name=consentOf][checked]").val()).isEqualTo(parent.id().toString());
		assertThat(refused.select("#legalBasis-CONSENT[checked]")).hasSize(1);
		assertThat(refused.select("#explanation").text()).isEqualTo("Besproken met moeder op 1 december");
		assertThat(householdShares.sharedWith(household, partner.id(), clock.instant())).isEmpty();

		mvc.perform(post(base + "/shares").with(contactPerson.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("involvementId", partnerInvolvement.toString())
			.param("what", "ASSESSMENTS")
			.param("legalBasis", "CONSENT")
			.param("consentOf", parent.id().toString(), twelve.id().toString()))
			.andExpect(redirectedUrl(base + "/network"));
		assertThat(householdShares.sharedWith(household, partner.id(), clock.instant()))
			.containsExactly(SharedItem.ASSESSMENTS);

		var again = Jsoup.parse(mvc
			.perform(post(base + "/shares").with(contactPerson.session())
				.with(csrf())
				.param("involvementId", partnerInvolvement.toString())
				.param("what", "ASSESSMENTS")
				.param("legalBasis", "VITAL_INTEREST"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(again.select("#what-error").text()).contains("Dit wordt al gedeeld");
	}

	@Test
	void onlyTheContactPersonAndTheDirectorGetTheFormAndTheRevokeButtonWorks() throws Exception {
		mvc.perform(get(base + "/shares/new").with(partner.session())).andExpect(status().isForbidden());
		UUID share = shares.share(contactPerson.actor(), household, new ShareWithPartner(null, partnerInvolvement,
				SharedItem.ASSESSMENTS, LegalBasis.COURT_ORDER, List.of(), null, null));
		mvc.perform(post(base + "/shares/" + share + "/revoke").with(partner.session()).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(householdShares.sharedWith(household, partner.id(), clock.instant()))
			.containsExactly(SharedItem.ASSESSMENTS);
		mvc.perform(post(base + "/shares/" + share + "/revoke").with(contactPerson.session()).with(csrf()))
			.andExpect(redirectedUrl(base + "/network"));
		assertThat(householdShares.sharedWith(household, partner.id(), clock.instant())).isEmpty();
		var timeline = page(contactPerson, base + "/timeline");
		assertThat(timeline.select(".timeline").text()).contains("Delen met " + partner.summary().name())
			.contains("Gedeeld met " + partner.summary().name() + " (" + partner.summary().organisationName()
					+ "): gezamenlijke oordeelsvorming, op grond van uitspraak van de rechter");
	}

	private long logRows() {
		return jdbc.sql("select count(*) from access_log where household_id = :h")
			.param("h", household.value())
			.query(Long.class)
			.single();
	}

}
