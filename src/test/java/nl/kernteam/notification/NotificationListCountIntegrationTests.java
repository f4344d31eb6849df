package nl.kernteam.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A professional's notifications are kept, so the list grows with the years (issue 19):
 * it counts up to one more than {@link PageOf#COUNT_CAP} and then says "more than", pages
 * on to its end, and still names only the households the professional sees now.
 */
@IntegrationTest
class NotificationListCountIntegrationTests {

	static final int MORE_THAN_CAP = PageOf.COUNT_CAP + 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notifications notifications;

	@Test
	void aListLongerThanTheCapSaysMoreThanPagesToItsEndAndNamesOnlyHouseholdsSeen() throws Exception {
		Pro pro = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId seen = data.household(pro);
		HouseholdId unseen = data.household(data.professional(OrganisationType.LOCAL_TEAM));
		notification(pro, seen, "0 seconds", 1);
		notification(pro, unseen, "1 second", 1);
		notification(pro, seen, "2 seconds", MORE_THAN_CAP);

		mvc.perform(get("/notifications").with(pro.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is betrokken bij Gezin " + data.householdName(seen))))
			.andExpect(content().string(containsString("is betrokken bij een huishouden")))
			.andExpect(content().string(not(containsString(data.householdName(unseen)))))
			.andExpect(content().string(containsString("Pagina 1 van meer dan 400")));
		// 10,007 notifications, 25 a page: the 401st page holds the last 7
		mvc.perform(get("/notifications?page=400").with(pro.session()))
			.andExpect(content().string(containsString("Pagina 401<")))
			.andExpect(content().string(containsString("?page=399")))
			.andExpect(content().string(not(containsString("?page=401"))));
		var last = notifications.forProfessional(pro.id(), new PageOf.Request(400, 25));
		assertThat(last.items()).hasSize(7);
		assertThat(last.totalCapped()).isTrue();
		assertThat(last.total()).isEqualTo(PageOf.COUNT_CAP);
	}

	@Test
	void aShortListIsCountedExactly() {
		Pro pro = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId seen = data.household(pro);
		notification(pro, seen, "0 seconds", 3);
		var page = notifications.forProfessional(pro.id(), new PageOf.Request(0, 25));
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.totalCapped()).isFalse();
		assertThat(page.items()).hasSize(3);
	}

	/**
	 * {@code count} notifications about the household, the first {@code ago} old and each
	 * next a second older, read.
	 */
	void notification(Pro pro, HouseholdId household, String ago, int count) {
		jdbc.sql(
				"""
						insert into notification (id, professional_id, message_key, arguments, created_at, read_at,
						                          household_id, household_argument)
						select gen_random_uuid(), :professional, 'signal.notification.contactPerson',
						       array['Chantal Maas', 'GGZ', ''], now() - cast(:ago as interval) - g * interval '1 second', now(),
						       :household, 2
						  from generate_series(0, :count - 1) g
						""")
			.param("professional", pro.id())
			.param("household", household.value())
			.param("ago", ago)
			.param("count", count)
			.update();
	}

}
