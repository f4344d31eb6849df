package nl.kernteam.webhook;

import java.util.UUID;

import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test's own inactive webhook subscription with many delivered messages, made in SQL (a
 * list past the count's cap needs ten thousand), and removed again afterwards. Inactive,
 * so that other tests' events queue nothing for it.
 */
public final class DeliveredMessages {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final UUID subscription = UUID.randomUUID();

	public DeliveredMessages(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** The subscription, made by the administrator, with that many delivered messages. */
	public void add(UUID administrator, String name, int count) {
		jdbc.sql(
				"""
						insert into webhook_subscription (id, name, url, secret_encrypted, kinds, active, created_at, created_by)
						values (:id, :name, 'http://127.0.0.1:9/hook', :secret, array['HOUSEHOLD_REGISTERED'], false, now(), :by)
						""")
			.param("id", subscription)
			.param("name", name)
			.param("secret", cipher.encrypt("whsec_test"))
			.param("by", administrator)
			.update();
		jdbc.sql("""
				insert into webhook_delivery (id, subscription_id, kind, payload, status, attempts, created_at,
				                              delivered_at, last_status)
				select gen_random_uuid(), :s, 'HOUSEHOLD_REGISTERED', '{}', 'DELIVERED', 1,
				       now() - g * interval '1 second', now() - g * interval '1 second', 204
				  from generate_series(1, :count) g
				""").param("s", subscription).param("count", count).update();
	}

	public void remove() {
		jdbc.sql("delete from webhook_delivery where subscription_id = :s").param("s", subscription).update();
		jdbc.sql("delete from webhook_subscription where id = :s").param("s", subscription).update();
	}

}
