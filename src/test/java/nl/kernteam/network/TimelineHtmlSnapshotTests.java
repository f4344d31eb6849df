package nl.kernteam.network;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.kernteam.household.HouseholdQueries;
import nl.kernteam.household.SharedItem;
import nl.kernteam.identity.ProfessionalId;
import nl.kernteam.safetyteam.CourtOrderKind;
import nl.kernteam.safetyteam.CourtOrderManagement;
import nl.kernteam.safetyteam.ExtendCourtOrder;
import nl.kernteam.safetyteam.RecordCourtOrder;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.HtmlSnapshot;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Writes the household page and the timeline page of a household with a varied timeline
 * to target/timeline-html (issue 19), normalised, so that a change to their rendering can
 * be compared before and after: {@code -Dtimeline.label=before}. It also checks that the
 * pages answer and show the entries, escaped.
 */
@IntegrationTest
class TimelineHtmlSnapshotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	NetworkManagement network;

	@Autowired
	ShareManagement shares;

	@Autowired
	EmergencyAccessManagement emergency;

	@Autowired
	CourtOrderManagement courtOrders;

	@Autowired
	HouseholdQueries households;

	@Test
	void writesTheHouseholdAndTimelinePages() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(worker);
		var members = households.details(worker.actor(), household).members();
		LocalDate today = LocalDate.now(AmsterdamTime.ZONE);
		var partnerPro = data.professional(OrganisationType.MENTAL_HEALTH);
		var partner = data.involve(worker, household, partnerPro, "PARTNER");
		shares.share(worker.actor(), household, new ShareWithPartner(null, partner, SharedItem.ASSESSMENTS,
				LegalBasis.LEGAL_DUTY, List.of(), today.plusMonths(3), "Meldrecht"));
		var consented = shares.share(worker.actor(), household,
				new ShareWithPartner(null, partner, SharedItem.CORE_TEAM_NOTES, LegalBasis.CONSENT,
						List.of(members.get(0).id(), members.get(1).id()), null, null));
		shares.revoke(worker.actor(), household, consented);
		var leaving = data.involve(worker, household, data.professional(OrganisationType.LOCAL_TEAM), "CORE_TEAM");
		network.endInvolvement(worker.actor(), household, leaving, "Klaar met de hulp");
		network.addNote(worker.actor(), household, new AddNote(null, NoteKind.CONVERSATION, today.minusDays(2),
				List.of("Sanne", "buurvrouw"), "Gesprek over de week <b>thuis</b>.", NoteAudience.CORE_TEAM));
		network.addNote(worker.actor(), household,
				new AddNote(null, NoteKind.HOME_VISIT, today, List.of(), "Huisbezoek.", NoteAudience.NETWORK));
		var supervision = courtOrders.record(worker.actor(), household,
				new RecordCourtOrder(members.get(1).id(), CourtOrderKind.SUPERVISION, today.minusMonths(11),
						today.minusMonths(11), today.minusMonths(11).plusYears(1), null, today.plusMonths(6),
						"Jonge kinderen: een half jaar."));
		courtOrders.record(worker.actor(), household,
				new RecordCourtOrder(members.get(2).id(), CourtOrderKind.EMERGENCY_PLACEMENT, today.minusDays(3),
						today.minusDays(3), today.plusDays(11), null, null, null));
		courtOrders.extend(worker.actor(), household, supervision,
				new ExtendCourtOrder(today, today.minusMonths(11).plusYears(2)));
		var police = data.professional(OrganisationType.POLICE);
		emergency.requestEmergencyAccess(police.actor(), household, "Acute melding");
		var next = data.professional(OrganisationType.LOCAL_TEAM);
		data.involve(worker, household, next, "CORE_TEAM");
		network.changeContactPerson(worker.actor(), household, new ProfessionalId(next.id()), "Overdracht", true);
		String label = System.getProperty("timeline.label", "after");
		var dir = Files.createDirectories(Path.of("target/timeline-html"));
		String base = "/households/" + household.value();
		for (String page : List.of("", "/timeline")) {
			String html = mvc.perform(get(base + page).with(next.session()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Files.writeString(dir.resolve((page.isEmpty() ? "household" : "timeline") + "-" + label + ".html"),
					HtmlSnapshot.normalised(html));
			// the newest entries are on both pages; the whole timeline only on its own
			// page
			assertThat(html).contains("Overdracht", "Acute melding");
			if (!page.isEmpty()) {
				assertThat(html).contains("is gestopt: Klaar met de hulp", "<strong>Huisbezoek</strong>",
						"Aanwezig: Sanne, buurvrouw", "Gesprek over de week &lt;b&gt;thuis&lt;/b&gt;.");
				assertThat(html).doesNotContain("<b>thuis</b>");
			}
		}
	}

}
