package nl.kernteam.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.HtmlSnapshot;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The family voice section's answer form on the household page after a refused answer
 * (redirected back with the form and its errors as flash attributes), written normalised
 * to target/voice-form-html (issue 19: {@code -Dsections.label=before} on the untouched
 * code, then compare): a field's error next to the field, a refusal of the service above
 * the form, what was typed kept and escaped.
 */
@IntegrationTest
class FamilyAnswerFormHtmlSnapshotTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	Pro contactPerson;

	HouseholdId household;

	@BeforeEach
	void aHousehold() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
	}

	@Test
	void anEmptyAnswerIsShownNextToItsField() throws Exception {
		String section = sectionAfter(" ", "nl", "empty");
		assertThat(section).contains("form-field--invalid", "id=\"familyMessage-error\"", "Schrijf eerst een antwoord.",
				"aria-invalid=\"true\"");
	}

	@Test
	void aTooLongAnswerIsRefusedAboveTheFormAndKept() throws Exception {
		String typed = "<b>Ja</b> & \"nee\" " + "x".repeat(FamilyMessages.MAX_LENGTH);
		String section = sectionAfter(typed, "nl", "too-long");
		assertThat(section).contains("alert alert--error", "&lt;b&gt;Ja&lt;/b&gt; &amp; ")
			.doesNotContain("<b>Ja</b>", "form-field--invalid");
		assertThat(Jsoup.parse(section).selectFirst("textarea#familyMessage").val()).isEqualTo(typed);
	}

	@Test
	void anEmptyAnswerInEnglish() throws Exception {
		assertThat(sectionAfter("", "en", "english")).contains("familyMessage-error");
	}

	private String sectionAfter(String typed, String lang, String name) throws Exception {
		var answered = mvc
			.perform(post("/households/" + household.value() + "/family-messages").with(contactPerson.session())
				.with(csrf())
				.param("familyMessage", typed))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String html = mvc
			.perform(get("/households/" + household.value()).with(contactPerson.session())
				.param("lang", lang)
				.flashAttrs(answered.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String section = html.substring(html.indexOf("<section class=\"card\" id=\"family-voice\""));
		section = section.substring(0, section.indexOf("</section>") + "</section>".length());
		String label = System.getProperty("sections.label", "after");
		var dir = Files.createDirectories(Path.of("target/voice-form-html"));
		Files.writeString(dir.resolve(name + "-" + label + ".html"), HtmlSnapshot.normalised(section));
		return section;
	}

}
