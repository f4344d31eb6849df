package nl.kernteam.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same event told twice to the same person makes one unread notification (V9_3);
 * another person, another event, or the same event after the first was read, each make
 * their own.
 */
@IntegrationTest
class OneNotificationPerEventIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	Notifications notifications;

	@Test
	void theSameEventTwiceIsOneNotification() {
		var reader = data.professional(OrganisationType.LOCAL_TEAM);
		var other = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(reader);
		for (int i = 0; i < 2; i++) {
			notifications.notifyAbout(reader.id(), household.value(), "network.notification.involved",
					List.of(Notifications.HOUSEHOLD, "Fatima"), "/households/" + household.value());
			notifications.notifyAbout(other.id(), household.value(), "network.notification.involved",
					List.of(Notifications.HOUSEHOLD, "Fatima"), "/households/" + household.value());
		}
		assertThat(notifications.unread(reader.id())).isEqualTo(1);
		assertThat(notifications.unread(other.id())).isEqualTo(1);
		// another event for the same person is told
		notifications.notifyAbout(reader.id(), household.value(), "network.notification.director",
				List.of(Notifications.HOUSEHOLD, "Fatima"), "/households/" + household.value());
		assertThat(notifications.unread(reader.id())).isEqualTo(2);
		// once read, the same event may be told again
		notifications.markAllRead(reader.id());
		notifications.notifyAbout(reader.id(), household.value(), "network.notification.involved",
				List.of(Notifications.HOUSEHOLD, "Fatima"), "/households/" + household.value());
		assertThat(notifications.unread(reader.id())).isEqualTo(1);
	}

}
