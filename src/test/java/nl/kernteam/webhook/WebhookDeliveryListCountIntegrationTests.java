package nl.kernteam.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivered webhook messages are kept, one for every event and subscription, so the
 * administrator's list of them grows without end (issue 19): it counts up to one more
 * than {@link PageOf#COUNT_CAP}, says "more than" and pages on to its end.
 */
@IntegrationTest
class WebhookDeliveryListCountIntegrationTests {

	static final int MORE_THAN_CAP = PageOf.COUNT_CAP + 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	WebhookListQueries lists;

	@Autowired
	PlatformTransactionManager transactionManager;

	DeliveredMessages delivered;

	@BeforeEach
	void subscription() {
		delivered = new DeliveredMessages(jdbc, cipher);
	}

	@AfterEach
	void removeThem() {
		delivered.remove();
	}

	@Test
	void aListLongerThanTheCapSaysMoreThanAndPagesToItsEnd() throws Exception {
		Pro admin = data.professional(OrganisationType.OTHER, Role.FUNCTIONAL_ADMIN);
		delivered.add(admin.id(), "Ontvanger " + TestData.unique(), MORE_THAN_CAP);

		mvc.perform(get("/admin/webhooks/deliveries?filter=DELIVERED").with(admin.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagina 1 van meer dan 400")));
		// the lists and the counts they are compared with in one snapshot: the sender
		// changes other tests' messages while this test runs
		var snapshot = new TransactionTemplate(transactionManager);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		snapshot.executeWithoutResult((status) -> {
			var first = lists.deliveries(WebhookDeliveryFilter.DELIVERED, new PageOf.Request(0, 25));
			assertThat(first.total()).isEqualTo(PageOf.COUNT_CAP);
			assertThat(first.totalCapped()).isTrue();
			assertThat(first.items()).hasSize(25);
			long all = jdbc.sql("select count(*) from webhook_delivery where status = 'DELIVERED'")
				.query(Long.class)
				.single();
			var last = lists.deliveries(WebhookDeliveryFilter.DELIVERED, new PageOf.Request((int) (all - 1) / 25, 25));
			assertThat(last.items()).hasSize((int) ((all - 1) % 25) + 1);
			assertThat(last.hasNext()).isFalse();
			// the failing list still counts exactly while it is short
			var failing = lists.deliveries(WebhookDeliveryFilter.FAILING, new PageOf.Request(0, 25));
			assertThat(failing.totalCapped()).isFalse();
			assertThat(failing.total()).isEqualTo(jdbc
				.sql("""
						select count(*) from webhook_delivery where status = 'FAILED' or (status = 'PENDING' and attempts > 0)
						""")
				.query(Long.class)
				.single());
		});
	}

}
