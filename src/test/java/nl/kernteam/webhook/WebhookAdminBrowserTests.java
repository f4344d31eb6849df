package nl.kernteam.webhook;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import nl.kernteam.support.AxeCheck;
import nl.kernteam.support.BrowserTest;
import nl.kernteam.support.BrowserTestSupport;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator, by keyboard, subscribes a receiver on this machine that answers 500,
 * sees the failing message listed and counted, has it sent again once the receiver
 * answers 200, and finds it among the delivered ones; at 1280 and 390 px, with axe-core
 * on the form's error, the secret and the lists.
 */
@BrowserTest
class WebhookAdminBrowserTests extends BrowserTestSupport {

	@Autowired
	WebhookSender sender;

	@Autowired
	JdbcClient jdbc;

	HttpServer receiver;

	final AtomicInteger answer = new AtomicInteger(500);

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			exchange.getRequestBody().readAllBytes();
			exchange.sendResponseHeaders(answer.get(), -1);
			exchange.close();
		});
		receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
		// the receiver is gone: later tests' events must queue nothing for it
		jdbc.sql("update webhook_subscription set active = false where url like :url")
			.param("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/%")
			.update();
	}

	@Test
	void aFailingReceiverIsSeenRetriedAndDelivered() {
		var admin = data.professional(OrganisationType.OTHER, Role.FUNCTIONAL_ADMIN);
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		String name = "Zaaksysteem " + TestData.unique();
		var problems = new ArrayList<String>();
		Page page = browser().desktop();
		browser().logIn(page, admin.username(), TestData.PASSWORD);

		// from the administration's tabs to the new subscription, by keyboard
		page.navigate("/admin/professionals");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webhooks")).press("Enter");
		page.waitForURL("**/admin/webhooks");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw abonnement")).press("Enter");
		page.waitForURL("**/admin/webhooks/new");
		page.getByLabel("Naam").fill(name);
		page.getByLabel("Adres (URL)").fill("http://zaken.example.org/hook");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abonnement aanmaken")).press("Enter");
		// both problems next to their fields, the focus on the first
		assertThat(page.locator("#url-error")).containsText("begint met https://");
		assertThat(page.locator("#kinds-error")).containsText("Kies minstens één soort gebeurtenis");
		assertThat(page.getByLabel("Adres (URL)")).isFocused();
		problems.addAll(AxeCheck.checkHere(page, "/admin/webhooks (errors)", 1280, "webhook-errors-1280"));

		page.getByLabel("Adres (URL)").fill("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
		page.getByLabel("Gezin aangemeld").press("Space");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abonnement aanmaken")).press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Abonnement aangemaakt")))
			.isVisible();
		assertThat(page.locator("#webhook-secret")).containsText("whsec_");
		problems.addAll(AxeCheck.checkHere(page, "/admin/webhooks (created)", 1280, "webhook-created-1280"));

		// a household registered: the receiver answers 500
		data.household(worker);
		await().atMost(Duration.ofSeconds(20)).until(() -> pending(name) == 1);
		sender.sendDue();
		page.navigate("/admin/webhooks/deliveries");
		Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(name));
		assertThat(row).containsText("Gezin aangemeld");
		assertThat(row).containsText("Wacht op nieuwe poging");
		assertThat(row).containsText("Ontvanger antwoordde met HTTP 500");
		// counted on the administration's pages
		assertThat(page.locator(".tabs a[href='/admin/webhooks'] .badge")).isVisible();
		problems.addAll(AxeCheck.check(page, "/admin/webhooks/deliveries", 1280, "webhook-"));
		problems.addAll(AxeCheck.check(page, "/admin/webhooks", 1280, "webhook-"));
		problems.addAll(AxeCheck.check(page, "/admin/professionals", 1280, "webhook-"));

		// the receiver is back: sent again now, by keyboard
		answer.set(200);
		page.navigate("/admin/webhooks/deliveries");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnieuw proberen")).press("Enter");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("opnieuw verstuurd");
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			sender.sendDue();
			return "DELIVERED".equals(status(name));
		});
		page.getByLabel("Toon").selectOption("DELIVERED");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).press("Enter");
		page.waitForURL("**/admin/webhooks/deliveries?filter=DELIVERED");
		assertThat(row).containsText("Afgeleverd");
		problems.addAll(AxeCheck.check(page, "/admin/webhooks/deliveries?filter=DELIVERED", 1280, "webhook-"));
		page.navigate("/admin/webhooks/deliveries");
		assertThat(row).hasCount(0);

		// the same pages on a phone
		Page phone = browser().phone();
		browser().logIn(phone, admin.username(), TestData.PASSWORD);
		for (String path : new String[] { "/admin/webhooks", "/admin/webhooks/new", "/admin/webhooks/deliveries",
				"/admin/webhooks/deliveries?filter=DELIVERED" }) {
			problems.addAll(AxeCheck.check(phone, path, 390, "webhook-"));
		}
		assertThat(problems).isEmpty();
	}

	private int pending(String subscription) {
		return jdbc.sql("""
				select count(*) from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
				 where s.name = :name
				""").param("name", subscription).query(Integer.class).single();
	}

	private String status(String subscription) {
		return jdbc.sql("""
				select d.status from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
				 where s.name = :name
				""").param("name", subscription).query(String.class).single();
	}

}
