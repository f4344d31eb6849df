package nl.kernteam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Role;
import nl.kernteam.support.AxeCheck;
import nl.kernteam.webhook.DeliveredMessages;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lists that count with a cap (issue 19), as a professional and an administrator see
 * them past it: "Pagina 1 van meer dan 400" in the pager, at 1280 and 390 px, checked by
 * axe-core (which also fails a page that scrolls sideways).
 */
@BrowserTest
class CappedListBrowserTests extends BrowserTestSupport {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	DeliveredMessages delivered;

	@BeforeEach
	void subscription() {
		delivered = new DeliveredMessages(jdbc, cipher);
	}

	@AfterEach
	void removeTheDeliveries() {
		delivered.remove();
	}

	@Test
	void theNotificationsAndTheDeliveredMessagesPastTheCap() {
		var pro = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(pro);
		jdbc.sql("""
				insert into notification (id, professional_id, message_key, arguments, created_at, read_at,
				                          household_id, household_argument)
				select gen_random_uuid(), :professional, 'signal.notification.contactPerson',
				       array['Chantal Maas', 'GGZ', ''], now() - g * interval '1 minute', now(), :household, 2
				  from generate_series(1, :count) g
				""")
			.param("professional", pro.id())
			.param("household", household.value())
			.param("count", PageOf.COUNT_CAP + 5)
			.update();
		var admin = data.professional(OrganisationType.OTHER, Role.FUNCTIONAL_ADMIN);
		delivered.add(admin.id(), "Zaaksysteem " + TestData.unique(), PageOf.COUNT_CAP + 5);

		var problems = new ArrayList<String>();
		for (int width : new int[] { 1280, 390 }) {
			Page page = browser().page(width, 900);
			browser().logIn(page, pro.username(), TestData.PASSWORD);
			page.navigate("/notifications");
			assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Pagina's")))
				.containsText("Pagina 1 van meer dan 400");
			problems.addAll(AxeCheck.checkHere(page, "/notifications", width, "capped-notifications-" + width));

			Page desk = browser().page(width, 900);
			browser().logIn(desk, admin.username(), TestData.PASSWORD);
			desk.navigate("/admin/webhooks/deliveries?filter=DELIVERED");
			assertThat(desk.locator("nav.pager")).containsText("Pagina 1 van meer dan 400");
			problems
				.addAll(AxeCheck.checkHere(desk, "/admin/webhooks/deliveries", width, "capped-deliveries-" + width));
		}
		org.assertj.core.api.Assertions.assertThat(problems).isEmpty();
	}

}
