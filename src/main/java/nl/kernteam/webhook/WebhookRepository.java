package nl.kernteam.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Subscriptions and their deliveries. */
@Repository
class WebhookRepository {

	private final JdbcClient jdbc;

	WebhookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertSubscription(UUID id, CreateWebhook command, String secretEncrypted, UUID by, Instant now) {
		jdbc.sql("""
				insert into webhook_subscription (id, name, url, secret_encrypted, kinds, created_at, created_by)
				values (:id, :name, :url, :secret, cast(:kinds as text[]), :now, :by)
				""")
			.param("id", id)
			.param("name", command.name())
			.param("url", command.url())
			.param("secret", secretEncrypted)
			.param("kinds", command.kinds().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update();
	}

	boolean deactivate(UUID id) {
		return jdbc.sql("update webhook_subscription set active = false where id = :id").param("id", id).update() == 1;
	}

	/**
	 * Turns a subscription on or off; false when it already was (or is not there).
	 */
	boolean setActive(UUID id, boolean active) {
		return jdbc.sql("update webhook_subscription set active = :active where id = :id and active <> :active")
			.param("id", id)
			.param("active", active)
			.update() == 1;
	}

	/** Who made a subscription and when, with its secret as stored. */
	record Made(UUID createdBy, Instant createdAt, String secretEncrypted) {
	}

	Optional<Made> made(UUID id) {
		return jdbc.sql("select created_by, created_at, secret_encrypted from webhook_subscription where id = :id")
			.param("id", id)
			.query((rs, row) -> new Made(rs.getObject("created_by", UUID.class),
					rs.getTimestamp("created_at").toInstant(), rs.getString("secret_encrypted")))
			.optional();
	}

	boolean subscriptionExists(UUID id) {
		return jdbc.sql("select count(*) from webhook_subscription where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single() == 1;
	}

	List<WebhookSubscription> subscriptions() {
		return jdbc.sql("""
				select id, name, url, kinds, active, created_at from webhook_subscription
				 order by active desc, name, id limit 200
				""").query(WebhookRepository::subscription).list();
	}

	/**
	 * One delivery for every active subscription to this kind, in the caller's
	 * transaction.
	 */
	int enqueue(WebhookKind kind, String payload, Instant now) {
		return jdbc.sql("""
				insert into webhook_delivery (id, subscription_id, kind, payload, status, created_at, next_attempt_at)
				select gen_random_uuid(), s.id, :kind, :payload, 'PENDING', :now, :now
				  from webhook_subscription s
				 where s.active and :kind = any (s.kinds)
				""").param("kind", kind.name()).param("payload", payload).param("now", Timestamp.from(now)).update();
	}

	record Due(UUID id, String url, String secretEncrypted, WebhookKind kind, String payload, int attempts) {
	}

	List<Due> due(Instant now, int limit) {
		return jdbc.sql("""
				select d.id, s.url, s.secret_encrypted, d.kind, d.payload, d.attempts
				  from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
				 where d.status = 'PENDING' and d.next_attempt_at <= :now
				 order by d.next_attempt_at, d.id
				 limit :limit
				""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new Due(rs.getObject("id", UUID.class), rs.getString("url"),
					rs.getString("secret_encrypted"), WebhookKind.valueOf(rs.getString("kind")),
					rs.getString("payload"), rs.getInt("attempts")))
			.list();
	}

	void delivered(UUID id, int status, Instant now) {
		jdbc.sql("""
				update webhook_delivery set status = 'DELIVERED', attempts = attempts + 1, delivered_at = :now,
				       next_attempt_at = null, last_status = :status, last_error = null
				 where id = :id
				""").param("id", id).param("status", status).param("now", Timestamp.from(now)).update();
	}

	/**
	 * A failed attempt: again at {@code next}, or failed for good when {@code next} is
	 * null.
	 */
	void attemptFailed(UUID id, Integer status, String error, Instant next) {
		jdbc.sql("""
				update webhook_delivery set attempts = attempts + 1, last_status = :status, last_error = :error,
				       next_attempt_at = :next, status = case when :failed then 'FAILED' else 'PENDING' end
				 where id = :id
				""")
			.param("id", id)
			.param("status", status)
			.param("error", error.length() <= 500 ? error : error.substring(0, 500))
			.param("next", next == null ? null : Timestamp.from(next))
			.param("failed", next == null)
			.update();
	}

	/**
	 * Due now: a delivery that failed for good, or one that waits for its next attempt.
	 */
	boolean retry(UUID id, Instant now) {
		return jdbc.sql("""
				update webhook_delivery set status = 'PENDING', next_attempt_at = :now
				 where id = :id and status in ('FAILED', 'PENDING')
				""").param("id", id).param("now", Timestamp.from(now)).update() == 1;
	}

	Optional<String> status(UUID id) {
		return jdbc.sql("select status from webhook_delivery where id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	List<WebhookDelivery> deliveries(WebhookDeliveryStatus status, int limit, int offset) {
		return jdbc.sql("""
				select d.id, d.subscription_id, s.name, d.kind, d.status, d.attempts, d.created_at, d.next_attempt_at,
				       d.last_status, d.last_error
				  from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
				 where d.status = :status
				 order by d.created_at desc, d.id
				 limit :limit offset :offset
				""")
			.param("status", status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new WebhookDelivery(rs.getObject("id", UUID.class),
					rs.getObject("subscription_id", UUID.class), rs.getString("name"),
					WebhookKind.valueOf(rs.getString("kind")), WebhookDeliveryStatus.valueOf(rs.getString("status")),
					rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("next_attempt_at")), (Integer) rs.getObject("last_status"),
					rs.getString("last_error")))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static WebhookSubscription subscription(ResultSet rs, int row) throws SQLException {
		Set<WebhookKind> kinds = Arrays.stream((String[]) rs.getArray("kinds").getArray())
			.map(WebhookKind::valueOf)
			.collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(WebhookKind.class)));
		return new WebhookSubscription(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("url"), kinds,
				rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant());
	}

}
