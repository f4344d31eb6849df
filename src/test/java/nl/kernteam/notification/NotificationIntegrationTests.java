package nl.kernteam.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NotificationIntegrationTests {

	static final List<String> FOREIGN_LINKS = List.of("/\\evil.example", "//evil.example", "https://evil.example",
			"/\\/evil.example", " //evil.example", "/\t/evil.example");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

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
		mvc.perform(post("/notifications/{id}/open", notification.id()).with(other.session()).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(notifications.unread(reader.id())).as("someone else's stays unread").isEqualTo(1);
		mvc.perform(post("/notifications/{id}/open", notification.id()).with(reader.session()).with(csrf()))
			.andExpect(redirectedUrl("/households"));
		assertThat(notifications.unread(reader.id())).isZero();
	}

	@Test
	void openingFollowsOnlyTheStoredLinkNeverOneFromTheRequest() throws Exception {
		var reader = data.professional(OrganisationType.LOCAL_TEAM);
		notifications.notify(reader.id(), "notification.unreadCount", List.of("1"), "/signals/matches");
		notifications.notify(reader.id(), "notification.unreadCount", List.of("2"), null);
		var items = notifications.forProfessional(reader.id(), new PageOf.Request(0, 10)).items();
		UUID withLink = items.stream().filter(n -> n.link() != null).findFirst().orElseThrow().id();
		UUID withoutLink = items.stream().filter(n -> n.link() == null).findFirst().orElseThrow().id();
		for (String evil : FOREIGN_LINKS) {
			mvc.perform(
					post("/notifications/{id}/open", withLink).with(reader.session()).with(csrf()).param("link", evil))
				.andExpect(redirectedUrl("/signals/matches"));
			mvc.perform(post("/notifications/{id}/open", withoutLink).with(reader.session())
				.with(csrf())
				.param("link", evil)).andExpect(redirectedUrl("/notifications"));
		}
		mvc.perform(get("/notifications").with(reader.session()))
			.andExpect(content().string(not(containsString("name=\"link\""))));
	}

	@Test
	void aLinkToAnotherHostIsNeverStored() throws Exception {
		var reader = data.professional(OrganisationType.LOCAL_TEAM);
		for (String evil : FOREIGN_LINKS) {
			assertThatThrownBy(() -> notifications.notify(reader.id(), "notification.unreadCount", List.of("1"), evil))
				.as(evil)
				.isInstanceOf(IllegalArgumentException.class);
			assertThat(Notifications.isApplicationPath(evil)).as(evil).isFalse();
		}
		assertThat(Notifications.isApplicationPath("/households/1/network")).isTrue();
		for (String evil : List.of("/\\evil.example", "//evil.example", "https://evil.example")) {
			assertThatThrownBy(() -> jdbc.sql("""
					insert into notification (id, professional_id, message_key, arguments, link, created_at)
					values (:id, :professional, 'notification.unreadCount', '{1}', :link, now())
					""").param("id", UUID.randomUUID()).param("professional", reader.id()).param("link", evil).update())
				.as("the database refuses " + evil)
				.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
		}
	}

	@Test
	void markingAllReadTouchesOnlyTheReadersOwn() throws Exception {
		Pro reader = data.professional(OrganisationType.LOCAL_TEAM);
		Pro other = data.professional(OrganisationType.LOCAL_TEAM);
		notifications.notify(reader.id(), "notification.unreadCount", List.of("1"), null);
		mvc.perform(post("/notifications/read").with(other.session()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(notifications.unread(reader.id())).isEqualTo(1);
	}

}
