package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import nl.kernteam.identity.CreateProfessional;
import nl.kernteam.identity.IdentityManagement;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Choosing whom to bring into a family's network: searched on the server by name and by
 * organisation, one page at a time with a hint that there are more, never oneself nor an
 * account that only administers, and each role explained where it is chosen.
 */
@IntegrationTest
class ChoosingAProfessionalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	IdentityManagement identity;

	@Test
	void searchesByNameAndOrganisationAndLeavesOutOneselfAndAdministrators() throws Exception {
		String marker = "Zoekmerk" + TestData.unique();
		var organisation = identity.createOrganisation(new nl.kernteam.identity.CreateOrganisation("GGZ " + marker,
				OrganisationType.MENTAL_HEALTH, "010 123 4567", null));
		Pro byOrganisation = data.professional(organisation);
		Pro worker = data.professional(new OrganisationSummary(organisation.id(), null, null, null, null),
				Role.PROFESSIONAL);
		String admin = "admin" + TestData.unique();
		identity.createProfessional(new CreateProfessional(admin, TestData.PASSWORD, "Beheerder " + marker,
				organisation.id(), Set.of(Role.FUNCTIONAL_ADMIN), admin + "@example.org", null));
		Pro localWorker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(localWorker);
		String form = "/households/" + household.value() + "/network/involvements/new";

		Document byOrg = page(localWorker, form + "?q=" + marker);
		assertThat(byOrg.select("input[name=professionalId]").eachAttr("value"))
			.containsExactlyInAnyOrder(byOrganisation.id().toString(), worker.id().toString());
		Document byName = page(localWorker, form + "?q=" + byOrganisation.summary().name());
		assertThat(byName.select("input[name=professionalId]").eachAttr("value"))
			.containsExactly(byOrganisation.id().toString());
		assertThat(byOrg.text()).doesNotContain("Beheerder " + marker);
	}

	@Test
	void oneselfIsNotOffered() throws Exception {
		Pro localWorker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(localWorker);
		Document html = page(localWorker,
				"/households/" + household.value() + "/network/involvements/new?q=" + localWorker.summary().name());
		assertThat(html.select("input[name=professionalId]").eachAttr("value"))
			.doesNotContain(localWorker.id().toString());
	}

	@Test
	void aLongListIsPagedAndSaysThereIsMore() throws Exception {
		String marker = "Veelmerk" + TestData.unique();
		var organisation = identity.createOrganisation(new nl.kernteam.identity.CreateOrganisation("Wijkteam " + marker,
				OrganisationType.LOCAL_TEAM, "010 123 4567", null));
		for (int i = 0; i < 17; i++) {
			data.professional(organisation);
		}
		Pro localWorker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(localWorker);
		String form = "/households/" + household.value() + "/network/involvements/new?q=" + marker;
		Document first = page(localWorker, form);
		assertThat(first.select("input[name=professionalId]")).hasSize(15);
		assertThat(first.text()).contains("U ziet er 15 van 17");
		assertThat(first.select("nav.pager a").eachAttr("href")).anyMatch(href -> href.contains("page=1"));
		Document second = page(localWorker, form + "&page=1");
		assertThat(second.select("input[name=professionalId]")).hasSize(2);
	}

	@Test
	void eachRoleIsExplainedWhereItIsChosen() throws Exception {
		Pro localWorker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(localWorker);
		Document html = page(localWorker, "/households/" + household.value() + "/network/involvements/new");
		for (String role : new String[] { "CORE_TEAM", "EXPERT", "PARTNER" }) {
			var radio = html.selectFirst("input[name=role][value=" + role + "]");
			assertThat(radio).isNotNull();
			var hint = html.getElementById(radio.attr("aria-describedby"));
			assertThat(hint).isNotNull();
			assertThat(hint.text()).hasSizeGreaterThan(40);
		}
	}

	private Document page(Pro who, String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(who.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

}
