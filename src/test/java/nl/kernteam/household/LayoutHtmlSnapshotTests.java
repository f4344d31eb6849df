package nl.kernteam.household;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.signal.TestFamilies;
import nl.kernteam.support.HtmlSnapshot;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Writes the pages whose layout, members list and note form every household page renders
 * to target/layout-html (issue 19), normalised, so that a change to their rendering can
 * be compared before and after: {@code -Dlayout.label=before}. It also checks what they
 * show: the menu with the unread count and the current page, the members with their
 * details, and a refused note's error next to its field.
 */
@IntegrationTest
class LayoutHtmlSnapshotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	HouseholdManagement households;

	@Test
	void writesTheLayoutMembersAndNoteFormPages() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM, Role.PRIVACY_OFFICER, Role.FUNCTIONAL_ADMIN);
		String family = "Familie" + TestData.unique();
		var household = households.register(worker.actor(), new RegisterHousehold(null, null,
				List.of(new MemberInput(null, "Sanne", family, LocalDate.of(1988, 3, 14), MemberRole.PARENT,
						TestFamilies.bsn(), false, "06 12 34 56 78", "sanne@example.org", null, Residence.HERE, null),
						new MemberInput(null, "Karim", family, LocalDate.of(1985, 7, 1), MemberRole.PARENT, null, false,
								"020 123 4567", null, null, Residence.ELSEWHERE, null),
						new MemberInput(null, "Daan", family, LocalDate.of(2014, 6, 2), MemberRole.CHILD,
								TestFamilies.bsn(), false, null, "daan@example.org", null, Residence.PART_TIME, null),
						new MemberInput(null, "Evi", family, LocalDate.of(2017, 11, 23), MemberRole.CARER, null, false,
								null, null, null, null, null)),
				null, null));
		var colleague = data.professional(OrganisationType.LOCAL_TEAM);
		// being involved gives the colleague an unread notification: the menu's count
		data.involve(worker, household, colleague, "CORE_TEAM");
		String base = "/households/" + household.value();
		String label = System.getProperty("layout.label", "after");
		var dir = Files.createDirectories(Path.of("target/layout-html"));

		String page = write(dir, "household-" + label, get(base).with(colleague.session()));
		var html = Jsoup.parse(page);
		assertThat(html.select(".member-list__item")).hasSize(4);
		assertThat(html.select(".member-list").text()).contains("Sanne " + family, "Ouder", "jaar", "14-3-1988", "BSN ",
				"woont ergens anders", "woont hier een deel van de tijd", "Verzorger");
		assertThat(html.select(".member-list a[href='tel:0612345678']").text()).isEqualTo("06 12 34 56 78");
		assertThat(html.select(".member-list a[href='mailto:daan@example.org']")).hasSize(1);
		assertThat(html.select(".site-nav a[aria-current=page]").text()).isEqualTo("Gezinnen");
		assertThat(html.select(".site-nav .nav-count").text()).isEqualTo("1");
		assertThat(html.select("form.note-form select option")).isNotEmpty();

		write(dir, "household-en-" + label, get(base).param("lang", "en").with(colleague.session()));
		write(dir, "network-" + label, get(base + "/network").with(colleague.session()));
		html = Jsoup.parse(write(dir, "start-" + label, get("/").with(colleague.session())));
		assertThat(html.select(".site-nav a[aria-current=page]").text()).isEqualTo("Mijn werk");
		html = Jsoup.parse(write(dir, "start-admin-" + label, get("/privacy").with(worker.session())));
		assertThat(html.select(".site-nav a[aria-current=page]").text()).isEqualTo("Privacy");
		assertThat(html.select(".site-nav").text()).contains("Beheer");

		// a refused note: the timeline page with the error next to the field
		html = Jsoup.parse(write(dir, "note-refused-" + label,
				post(base + "/notes").with(colleague.session())
					.with(csrf())
					.param("submissionId", UUID.randomUUID().toString())
					.param("kind", "HOME_VISIT")
					.param("occurredOn", "2026-01-05")
					.param("text", " ")
					.param("audience", "NETWORK")
					.param("returnTo", "household")));
		assertThat(html.select("#text-error").text()).isNotBlank();
		assertThat(html.select("#text-timeline").attr("aria-describedby")).isEqualTo("text-error");
		assertThat(html.select("#occurredOn-timeline").val()).isEqualTo("2026-01-05");
		assertThat(html.select("#kind-timeline option[selected]").val()).isEqualTo("HOME_VISIT");
		assertThat(html.select("input[name=audience][checked]").val()).isEqualTo("NETWORK");
		assertThat(html.select("form.note-form .form-field--invalid")).hasSize(1);
	}

	private String write(Path dir, String name, RequestBuilder request) throws Exception {
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		Files.writeString(dir.resolve(name + ".html"), HtmlSnapshot.normalised(html));
		return html;
	}

}
