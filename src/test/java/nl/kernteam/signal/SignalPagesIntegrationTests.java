package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
class SignalPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SignalManagement signals;

	@Autowired
	JdbcClient jdbc;

	OrganisationSummary ggzOrganisation;

	Pro ggz;

	Pro raad;

	@BeforeEach
	void setUp() {
		ggzOrganisation = data.organisation(OrganisationType.MENTAL_HEALTH);
		ggz = data.professional(ggzOrganisation);
		raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
	}

	ResultActions submit(Pro pro, String bsn) throws Exception {
		return mvc.perform(post("/signals").with(pro.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("bsn", bsn)
			.param("givenName", "")
			.param("familyName", "")
			.param("birthDate", ""));
	}

	@Test
	void bothProfessionalsSeeEachOthersContactDetailsAfterRegisteringOnThePages() throws Exception {
		String bsn = TestFamilies.bsn();
		submit(ggz, bsn).andExpect(redirectedUrl("/signals")).andExpect(flash().attribute("registeredMatches", 0));
		submit(raad, bsn).andExpect(redirectedUrl("/signals")).andExpect(flash().attribute("registeredMatches", 1));
		mvc.perform(get("/signals").with(raad.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ggz.summary().name())))
			.andExpect(content().string(containsString(ggz.summary().organisationName())))
			.andExpect(content().string(containsString("mailto:" + ggz.summary().email())))
			.andExpect(content().string(containsString("Zelfde persoon")));
		mvc.perform(get("/signals").with(ggz.session()))
			.andExpect(content().string(containsString(raad.summary().name())))
			.andExpect(content().string(containsString("tel:0612345678")));
		mvc.perform(get("/").with(ggz.session()))
			.andExpect(content().string(containsString("Nieuwe matches")))
			.andExpect(content().string(containsString(raad.summary().name())))
			.andExpect(content().string(containsString("href=\"/signals\"")));
	}

	@Test
	void errorsAppearNextToTheFieldsAndNothingIsStored() throws Exception {
		submit(ggz, "123456789").andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bsn-error\"")))
			.andExpect(content().string(containsString("elfproef")));
		mvc.perform(post("/signals").with(ggz.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("givenName", "Noor")
			.param("birthDate", "niet-een-datum"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"birthDate-error\"")));
		mvc.perform(post("/signals").with(ggz.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("givenName", "Noor"))
			.andExpect(content().string(containsString("id=\"familyName-error\"")))
			.andExpect(content().string(containsString("id=\"birthDate-error\"")));
		assertThat(jdbc.sql("select count(*) from signal where professional_id = :p")
			.param("p", ggz.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void sendingTheFormTwiceRegistersOneSignalAndASecondSignalOnThePersonIsRefused() throws Exception {
		String bsn = TestFamilies.bsn();
		String submission = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/signals").with(ggz.session())
				.with(csrf())
				.param("submissionId", submission)
				.param("bsn", bsn)).andExpect(redirectedUrl("/signals"));
		}
		submit(data.professional(ggzOrganisation), bsn).andExpect(status().isConflict())
			.andExpect(content().string(containsString("al een actief signaal")));
		assertThat(jdbc.sql("select count(*) from signal where organisation_id = :o")
			.param("o", ggzOrganisation.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aColleagueWithdrawsASignalFromTheOrganisationListAndAnotherOrganisationCannot() throws Exception {
		var id = signals.register(ggz.actor(), RegisterSignal.bsn(TestFamilies.bsn())).id();
		Pro colleague = data.professional(ggzOrganisation);
		mvc.perform(get("/signals/organisation").with(colleague.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ggz.summary().name())))
			.andExpect(content().string(containsString("/signals/" + id + "/withdraw")));
		mvc.perform(get("/signals/organisation").with(raad.session()))
			.andExpect(content().string(not(containsString("/signals/" + id + "/withdraw"))));
		mvc.perform(post("/signals/{id}/withdraw", id).with(raad.session()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/signals/{id}/withdraw", id).with(colleague.session()).with(csrf()))
			.andExpect(redirectedUrl("/signals/organisation"))
			.andExpect(flash().attribute("notice", "signal.withdrawn"));
		mvc.perform(get("/signals/organisation").with(colleague.session()))
			.andExpect(content().string(not(containsString("/signals/" + id + "/withdraw"))));
	}

	@Test
	void theMenuShowsSignalsToProfessionalsAndTheFormAsksForNoReason() throws Exception {
		mvc.perform(get("/signals/new").with(ggz.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/signals\"")))
			.andExpect(content().string(containsString("Signalen")))
			.andExpect(content().string(containsString("name=\"submissionId\"")))
			.andExpect(content().string(not(containsString("name=\"reason\""))));
		Pro privacyOfficer = data.professional(data.organisation(OrganisationType.OTHER),
				nl.kernteam.shared.Role.PRIVACY_OFFICER);
		mvc.perform(get("/").with(privacyOfficer.session()))
			.andExpect(content().string(not(containsString("href=\"/signals\""))));
		submit(privacyOfficer, TestFamilies.bsn()).andExpect(status().isForbidden());
	}

}
