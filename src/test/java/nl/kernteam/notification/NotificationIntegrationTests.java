package nl.kernteam.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NotificationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Notifications notifications;

	@Test
	void professionalReadsOwnNotificationsAndOpensThem() throws Exception {
		var reader = data.professional(OrganisationType.LOCAL_TEAM);
		var other = data.professional(OrganisationType.LOCAL_TEAM);
		notifications.notify(reader.id(), "notification.unreadCount", List.of("7"), "/households");
		mvc.perform(get("/notifications").with(reader.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("7 ongelezen")))
			.andExpect(content().string(containsString("class=\"nav-count\"")));
		mvc.perform(get("/notifications").with(other.session()))
			.andExpect(content().string(containsString("U heeft geen meldingen.")));
		var notification = notifications.forProfessional(reader.id(), new PageOf.Request(0, 10)).items().get(0);
		mvc.perform(post("/notifications/{id}/open", notification.id()).with(other.session()).with(csrf())
			.param("link", "/households"));
		assertThat(notifications.unread(reader.id())).isEqualTo(1);
		mvc.perform(post("/notifications/{id}/open", notification.id()).with(reader.session()).with(csrf())
			.param("link", "https://evil.example/"))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(notifications.unread(reader.id())).isZero();
	}
}
