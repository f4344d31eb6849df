package nl.kernteam.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's lists, one query per page each: the subscriptions with their last
 * delivery (the newest through {@code webhook_delivery_by_subscription}), the deliveries
 * that need attention or were delivered (through their partial indexes, V14_2), and the
 * count of those that need attention.
 */
@Repository
class WebhookListQueries {

	/** Failed for good, or failed at least once and waiting: the index's predicate. */
	private static final String FAILING = "(d.status = 'FAILED' or (d.status = 'PENDING' and d.attempts > 0))";

	/**
	 * A page of deliveries, newest first, from the list's index. Delivered ones are kept,
	 * one for every event and subscription, so the total is counted in the same index up
	 * to one more than {@link PageOf#COUNT_CAP} (issue 19): {@code count(*) over ()} read
	 * them all for every page.
	 */
	private static final String DELIVERY_COLUMNS = """
			select d.id, d.subscription_id, s.name, s.url, d.kind, d.status, d.attempts, d.created_at,
			       d.next_attempt_at, d.delivered_at, d.last_status, d.last_error,
			""";

	private static final String DELIVERIES = """
			  from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
			""";

	private static final String DELIVERED_PAGE = DELIVERY_COLUMNS + """
			       (select count(*) from (select 1 from webhook_delivery d where d.status = 'DELIVERED'
			                               order by d.created_at desc, d.id limit :countUpTo) counted) as total
			""" + DELIVERIES + """
			 where d.status = 'DELIVERED'
			 order by d.created_at desc, d.id
			 limit :limit offset :offset
			""";

	private static final String FAILING_PAGE = DELIVERY_COLUMNS
			+ "       (select count(*) from (select 1 from webhook_delivery d where " + FAILING
			+ " order by d.created_at desc, d.id limit :countUpTo) counted) as total\n" + DELIVERIES + " where "
			+ FAILING + """

					 order by d.created_at desc, d.id
					 limit :limit offset :offset
					""";

	private final JdbcClient jdbc;

	WebhookListQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	PageOf<WebhookSubscriptionRow> subscriptions(PageOf.Request page) {
		return PageOf.counted(page,
				request -> jdbc.sql("""
						select s.id, s.name, s.url, s.kinds, s.active, s.created_at, last.status as last_status,
						       last.created_at as last_at, count(*) over () as total
						  from webhook_subscription s
						  left join lateral (select d.status, d.attempts, d.created_at from webhook_delivery d
						                      where d.subscription_id = s.id
						                      order by d.created_at desc limit 1) last on true
						 order by s.active desc, s.created_at desc, s.id
						 limit :limit offset :offset
						""")
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, row) -> new PageOf.Counted<>(subscription(rs), rs.getLong("total")))
					.list());
	}

	@Transactional(readOnly = true)
	PageOf<WebhookDeliveryRow> deliveries(WebhookDeliveryFilter filter, PageOf.Request page) {
		boolean delivered = filter == WebhookDeliveryFilter.DELIVERED;
		return PageOf.counted(page,
				request -> (delivered ? jdbc.sql(DELIVERED_PAGE) : jdbc.sql(FAILING_PAGE))
					.param("countUpTo", PageOf.COUNT_UP_TO)
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, row) -> new PageOf.Counted<>(delivery(rs), rs.getLong("total")))
					.list());
	}

	/** The deliveries that failed for good or wait for their next attempt after one. */
	@Transactional(readOnly = true)
	long failing() {
		return jdbc.sql("select count(*) from webhook_delivery d where " + FAILING).query(Long.class).single();
	}

	private static WebhookSubscriptionRow subscription(ResultSet rs) throws SQLException {
		Set<WebhookKind> kinds = Arrays.stream((String[]) rs.getArray("kinds").getArray())
			.map(WebhookKind::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(WebhookKind.class)));
		return new WebhookSubscriptionRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("url"),
				kinds, rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(), rs.getString("last_status"),
				instant(rs.getTimestamp("last_at")));
	}

	private static WebhookDeliveryRow delivery(ResultSet rs) throws SQLException {
		return new WebhookDeliveryRow(rs.getObject("id", UUID.class), rs.getObject("subscription_id", UUID.class),
				rs.getString("name"), rs.getString("url"), WebhookKind.valueOf(rs.getString("kind")),
				WebhookDeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("next_attempt_at")),
				instant(rs.getTimestamp("delivered_at")), (Integer) rs.getObject("last_status"),
				WebhookFailure.of(rs.getString("last_error")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
