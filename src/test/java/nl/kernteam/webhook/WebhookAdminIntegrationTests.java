package nl.kernteam.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Role;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.StatementCounter;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's webhook pages: the list, a new subscription with its secret shown
 * in the answer (and a double submit making no second one), field errors with 400,
 * turning one off and on, a failed message sent again, and everyone else refused.
 */
@IntegrationTest
class WebhookAdminIntegrationTests {

	/** Nothing listens here: a message to it fails. */
	static final String NOWHERE = "http://127.0.0.1:9/hook";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	Pro admin;

	@BeforeEach
	void admin() {
		admin = data.professional(OrganisationType.OTHER, Role.FUNCTIONAL_ADMIN);
	}

	MockHttpServletRequestBuilder newSubscription(UUID submission, String name) {
		return post("/admin/webhooks").with(admin.session())
			.with(csrf())
			.param("submissionId", submission.toString())
			.param("name", name)
			.param("url", "https://zaken.example.org/kernteam")
			.param("kinds", "HOUSEHOLD_REGISTERED", "HOUSEHOLD_CLOSED");
	}

	@Test
	void aNewSubscriptionShowsItsSecretInTheAnswerAndASecondSubmitMakesNoSecond() throws Exception {
		mvc.perform(get("/admin/webhooks/new").with(admin.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Kinderbeschermingsmaatregel loopt af")));
		UUID submission = UUID.randomUUID();
		String name = "Zaaksysteem " + TestData.unique();
		var first = mvc.perform(newSubscription(submission, name))
			.andExpect(status().isOk())
			.andExpect(view().name("webhook/created"))
			.andReturn();
		var created = (WebhookManagement.Created) first.getModelAndView().getModel().get("created");
		assertThat(created.id()).isEqualTo(submission);
		assertThat(created.secret()).startsWith("whsec_");
		assertThat(first.getResponse().getContentAsString()).contains(created.secret());

		// the same form sent twice: one subscription, the same answer
		var second = mvc.perform(newSubscription(submission, name)).andExpect(status().isOk()).andReturn();
		assertThat(second.getResponse().getContentAsString()).contains(created.secret());
		assertThat(jdbc.sql("select count(*) from webhook_subscription where name = :name")
			.param("name", name)
			.query(Integer.class)
			.single()).isOne();
		// another administrator sending the same id gets no secret
		var other = data.professional(OrganisationType.OTHER, Role.FUNCTIONAL_ADMIN);
		mvc.perform(post("/admin/webhooks").with(other.session())
			.with(csrf())
			.param("submissionId", submission.toString())
			.param("name", name)
			.param("url", "https://zaken.example.org/kernteam")
			.param("kinds", "HOUSEHOLD_CLOSED"))
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.not(Matchers.containsString(created.secret()))));

		// listed, without its secret
		mvc.perform(get("/admin/webhooks").with(admin.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)))
			.andExpect(content().string(Matchers.containsString("https://zaken.example.org/kernteam")))
			.andExpect(content().string(Matchers.containsString("Dossier gesloten")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(created.secret()))));
	}

	@Test
	void aWrongAddressAndNoKindsAreShownNextToTheirFieldsWith400() throws Exception {
		mvc.perform(post("/admin/webhooks").with(admin.session())
			.with(csrf())
			.param("submissionId", UUID.randomUUID().toString())
			.param("name", "Zaaksysteem")
			.param("url", "ftp://zaken.example.org/kernteam"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("webhook/new"))
			.andExpect(content().string(Matchers
				.containsString("<p class=\"form-error\" id=\"url-error\">Een webhookadres begint met https://")))
			.andExpect(content().string(Matchers
				.containsString("<p class=\"form-error\" id=\"kinds-error\">Kies minstens één soort gebeurtenis.</p>")))
			.andExpect(content().string(Matchers.containsString("aria-describedby=\"url-hint url-error\"")));
		// an unknown kind is refused as well, never a 500
		mvc.perform(post("/admin/webhooks").with(admin.session())
			.with(csrf())
			.param("name", "Zaaksysteem")
			.param("url", "https://zaken.example.org/kernteam")
			.param("kinds", "EVERYTHING")).andExpect(status().isBadRequest());
	}

	@Test
	void aSubscriptionIsTurnedOffAndOnAndTwiceChangesNothing() throws Exception {
		UUID id = subscription(true);
		mvc.perform(post("/admin/webhooks/{id}/deactivate", id).with(admin.session()).with(csrf()))
			.andExpect(redirectedUrl("/admin/webhooks"))
			.andExpect(flash().attribute("notice", "webhook.subscription.deactivated"));
		assertThat(active(id)).isFalse();
		// a double submit, or another administrator was first
		mvc.perform(post("/admin/webhooks/{id}/deactivate", id).with(admin.session()).with(csrf()))
			.andExpect(redirectedUrl("/admin/webhooks"))
			.andExpect(flash().attribute("notice", "webhook.subscription.wasInactive"));
		assertThat(active(id)).isFalse();
		mvc.perform(post("/admin/webhooks/{id}/activate", id).with(admin.session()).with(csrf()))
			.andExpect(flash().attribute("notice", "webhook.subscription.activated"));
		assertThat(active(id)).isTrue();
		mvc.perform(post("/admin/webhooks/{id}/deactivate", UUID.randomUUID()).with(admin.session()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aFailedMessageIsListedCountedAndSentAgainOnRequest() throws Exception {
		UUID subscription = subscription(false);
		UUID failed = delivery(subscription, "FAILED", 10, 500, "HTTP 500");
		UUID delivered = delivery(subscription, "DELIVERED", 1, 204, null);

		mvc.perform(get("/admin/webhooks/deliveries").with(admin.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ontvanger antwoordde met HTTP 500")))
			.andExpect(content().string(Matchers.containsString("Definitief mislukt")))
			.andExpect(content().string(Matchers.containsString(failed.toString())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(delivered.toString()))));
		mvc.perform(get("/admin/webhooks/deliveries?filter=DELIVERED").with(admin.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString(failed.toString() + "/retry"))));
		// the administration's start page says so
		mvc.perform(get("/admin/professionals").with(admin.session()))
			.andExpect(content().string(Matchers.containsString("webhookberichten mislukt")));

		mvc.perform(post("/admin/webhooks/deliveries/{id}/retry", failed).with(admin.session()).with(csrf()))
			.andExpect(redirectedUrl("/admin/webhooks/deliveries"))
			.andExpect(flash().attribute("notice", "webhook.delivery.retrying"));
		var row = jdbc.sql("select status, next_attempt_at <= :now as due from webhook_delivery where id = :id")
			.param("id", failed)
			.param("now", Timestamp.from(Instant.now()))
			.query()
			.singleRow();
		assertThat(row).containsEntry("status", "PENDING").containsEntry("due", true);

		// a delivered one is not sent again; an unknown one is not there
		mvc.perform(post("/admin/webhooks/deliveries/{id}/retry", delivered).with(admin.session()).with(csrf()))
			.andExpect(redirectedUrl("/admin/webhooks/deliveries"))
			.andExpect(flash().attribute("refusal", "webhook.delivery.not-failed"));
		mvc.perform(post("/admin/webhooks/deliveries/{id}/retry", UUID.randomUUID()).with(admin.session()).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void eachListIsOneQueryHoweverLong() throws Exception {
		for (int i = 0; i < 30; i++) {
			UUID subscription = subscription(false);
			delivery(subscription, "FAILED", 10, 503, "HTTP 503");
			delivery(subscription, "PENDING", 2, null, "ConnectException");
		}
		for (String page : new String[] { "/admin/webhooks", "/admin/webhooks/deliveries",
				"/admin/webhooks/deliveries?filter=DELIVERED" }) {
			var counts = StatementCounter.count(() -> mvc.perform(get(page).with(admin.session()))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Webhooks"))));
			// the list (with its total) and the count of failed messages
			assertThat(counts.sql().stream().filter(sql -> sql.contains("webhook_")).count()).as(page + ": " + counts)
				.isLessThanOrEqualTo(2);
		}
	}

	@Test
	void onlyTheFunctionalAdministratorReachesThePages() throws Exception {
		var worker = data.professional(OrganisationType.LOCAL_TEAM);
		var lead = data.professional(OrganisationType.LOCAL_TEAM, Role.PROFESSIONAL, Role.TEAM_LEAD);
		UUID subscription = subscription(true);
		UUID failed = delivery(subscription, "FAILED", 10, 500, "HTTP 500");
		for (Pro other : new Pro[] { worker, lead }) {
			mvc.perform(get("/admin/webhooks").with(other.session())).andExpect(status().isForbidden());
			mvc.perform(get("/admin/webhooks/deliveries").with(other.session())).andExpect(status().isForbidden());
			mvc.perform(post("/admin/webhooks/deliveries/{id}/retry", failed).with(other.session()).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/webhooks/{id}/deactivate", subscription).with(other.session()).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(newSubscription(UUID.randomUUID(), "Niet van mij").with(other.session()))
				.andExpect(status().isForbidden());
		}
		assertThat(active(subscription)).isTrue();
		assertThat(jdbc.sql("select status from webhook_delivery where id = :id")
			.param("id", failed)
			.query(String.class)
			.single()).isEqualTo("FAILED");
	}

	private UUID subscription(boolean active) {
		UUID id = UUID.randomUUID();
		// inactive unless the test needs it active, so that other tests' events queue
		// nothing for it
		jdbc.sql(
				"""
						insert into webhook_subscription (id, name, url, secret_encrypted, kinds, active, created_at, created_by)
						values (:id, :name, :url, :secret, array['HOUSEHOLD_REGISTERED'], :active, :now, :by)
						""")
			.param("id", id)
			.param("name", "Ontvanger " + TestData.unique())
			.param("url", NOWHERE)
			.param("secret", cipher.encrypt("whsec_test"))
			.param("active", active)
			.param("now", Timestamp.from(Instant.now()))
			.param("by", admin.id())
			.update();
		return id;
	}

	private UUID delivery(UUID subscription, String status, int attempts, Integer lastStatus, String error) {
		UUID id = UUID.randomUUID();
		// far in the future when pending, so that the sender leaves it alone
		jdbc.sql(
				"""
						insert into webhook_delivery (id, subscription_id, kind, payload, status, attempts, created_at,
						       next_attempt_at, last_status, last_error)
						values (:id, :subscription, 'HOUSEHOLD_REGISTERED', '{}', :status, :attempts, :now,
						        case when :status = 'PENDING' then cast(:now as timestamptz) + interval '1 day' end, :lastStatus, :error)
						""")
			.param("id", id)
			.param("subscription", subscription)
			.param("status", status)
			.param("attempts", attempts)
			.param("now", Timestamp.from(Instant.now()))
			.param("lastStatus", lastStatus)
			.param("error", error)
			.update();
		return id;
	}

	private boolean active(UUID id) {
		return jdbc.sql("select active from webhook_subscription where id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

}
