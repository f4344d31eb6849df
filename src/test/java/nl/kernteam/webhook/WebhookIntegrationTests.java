package nl.kernteam.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpServer;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A real receiver on this machine: what happens in Kernteam reaches it after the commit,
 * signed, with ids and kinds only; a failing receiver is tried again with back-off, and a
 * delivery that failed for good is visible to the administrator and can be sent again.
 */
@IntegrationTest
class WebhookIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebhookSender sender;

	HttpServer receiver;

	record Received(String body, Map<String, List<String>> headers) {
	}

	final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

	final AtomicInteger failuresToGive = new AtomicInteger();

	@BeforeEach
	void startReceiver() throws IOException {
		receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		receiver.createContext("/hook", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			int status = failuresToGive.getAndDecrement() > 0 ? 503 : 204;
			if (status == 204) {
				received.add(new Received(body, Map.copyOf(exchange.getRequestHeaders())));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		receiver.start();
		// deliveries of other tests' subscriptions must not be sent to this receiver's
		// port later
		jdbc.sql("update webhook_subscription set active = false").update();
		jdbc.sql("update webhook_delivery set status = 'FAILED' where status = 'PENDING'").update();
	}

	@AfterEach
	void stopReceiver() {
		receiver.stop(0);
		// this receiver is gone: later tests' events must not queue deliveries to it
		jdbc.sql("update webhook_subscription set active = false").update();
	}

	String subscribe(String kinds) throws Exception {
		String body = mvc
			.perform(post("/api/v1/webhooks").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Gemeentelijk zaaksysteem\", \"url\": \"http://127.0.0.1:"
						+ receiver.getAddress().getPort() + "/hook\", \"kinds\": [" + kinds + "]}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.secret");
	}

	int pending() {
		return jdbc.sql("select count(*) from webhook_delivery where status = 'PENDING'").query(Integer.class).single();
	}

	@Test
	void aRegisteredHouseholdReachesTheSubscriberSignedWithIdsOnly() throws Exception {
		String secret = subscribe("\"HOUSEHOLD_REGISTERED\"");
		var contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var household = data.household(contactPerson);
		await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 1);
		assertThat(sender.sendDue()).isEqualTo(1);

		assertThat(received).hasSize(1);
		var delivery = received.peek();
		assertThat((String) JsonPath.read(delivery.body(), "$.kind")).isEqualTo("HOUSEHOLD_REGISTERED");
		assertThat((String) JsonPath.read(delivery.body(), "$.householdId")).isEqualTo(household.value().toString());
		// ids and kinds, never content: no name of the family in the body
		assertThat(delivery.body()).doesNotContain(data.householdName(household));
		String signature = delivery.headers().get("Kernteam-signature").get(0);
		long t = Long.parseLong(signature.replaceAll("^t=(\\d+),.*$", "$1"));
		assertThat(signature).isEqualTo("t=" + t + ",v1=" + WebhookSignature.hmac(secret, t + "." + delivery.body()));
		assertThat(signature).isNotEqualTo(WebhookSignature.sign("another secret", t, delivery.body()));
		assertThat(pending()).isZero();
	}

	@Test
	void aFailingReceiverIsTriedAgainAfterAWaitAndAFailureForGoodCanBeSentAgain() throws Exception {
		subscribe("\"HOUSEHOLD_REGISTERED\", \"HOUSEHOLD_CLOSED\"");
		failuresToGive.set(100);
		data.household(data.professional(OrganisationType.LOCAL_TEAM));
		await().atMost(Duration.ofSeconds(10)).until(() -> pending() == 1);
		assertThat(sender.sendDue()).isZero();
		var row = jdbc.sql("""
				select id, attempts, last_status, next_attempt_at > now() + interval '20 seconds' as waits
				  from webhook_delivery where status = 'PENDING'
				""").query().singleRow();
		assertThat(row).containsEntry("attempts", 1).containsEntry("last_status", 503).containsEntry("waits", true);
		// not due yet: the next run leaves it
		assertThat(sender.sendDue()).isZero();
		assertThat(jdbc.sql("select attempts from webhook_delivery where id = :id")
			.param("id", row.get("id"))
			.query(Integer.class)
			.single()).isOne();

		// the last attempt fails for good and shows on the administrator's list
		jdbc.sql("update webhook_delivery set attempts = 9, next_attempt_at = now() where id = :id")
			.param("id", row.get("id"))
			.update();
		assertThat(sender.sendDue()).isZero();
		mvc.perform(get("/api/v1/webhooks/deliveries?status=FAILED").with(httpBasic("admin", TestData.ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + row.get("id") + "')].lastStatus").value(503));

		failuresToGive.set(0);
		mvc.perform(post("/api/v1/webhooks/deliveries/{id}/retry", row.get("id"))
			.with(httpBasic("admin", TestData.ADMIN_PASSWORD))).andExpect(status().isOk());
		assertThat(sender.sendDue()).isOne();
		assertThat(received).hasSize(1);
		// a delivered one is not sent again, and an unknown one is not there
		mvc.perform(post("/api/v1/webhooks/deliveries/{id}/retry", row.get("id"))
			.with(httpBasic("admin", TestData.ADMIN_PASSWORD))).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/webhooks/deliveries/{id}/retry", UUID.randomUUID())
			.with(httpBasic("admin", TestData.ADMIN_PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void aSubscriptionNeedsAnHttpsAddressAndKinds() throws Exception {
		for (String body : List.of(
				"{\"name\": \"x\", \"url\": \"ftp://example.org/hook\", \"kinds\": [\"HOUSEHOLD_CLOSED\"]}",
				"{\"name\": \"x\", \"url\": \"http://example.org/hook\", \"kinds\": [\"HOUSEHOLD_CLOSED\"]}",
				"{\"name\": \"x\", \"url\": \"https://user@example.org/hook\", \"kinds\": [\"HOUSEHOLD_CLOSED\"]}",
				"{\"name\": \"x\", \"url\": \"https://example.org/hook\", \"kinds\": []}",
				"{\"name\": \"x\", \"url\": \"https://example.org/hook\", \"kinds\": [\"EVERYTHING\"]}")) {
			mvc.perform(post("/api/v1/webhooks").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isBadRequest());
		}
	}

}
