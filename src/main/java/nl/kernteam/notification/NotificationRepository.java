package nl.kernteam.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores notifications and reads them for their professional; {@link Notifications} holds
 * the rules.
 */
@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param arguments with an empty text where the household's name goes, at
	 * {@code householdArgument} (or -1)
	 */
	void insert(UUID professionalId, UUID householdId, String messageKey, List<String> arguments, String link,
			int householdArgument, Instant at) {
		jdbc.sql(
				"""
						insert into notification (id, professional_id, message_key, arguments, link, created_at, household_id,
						                          household_argument, event_key)
						values (:id, :professional, :key, cast(:arguments as text[]), :link, :at, :household, :householdArgument,
						        :eventKey)
						on conflict (professional_id, event_key) where read_at is null and event_key is not null do nothing
						""")
			.param("eventKey", eventKey(householdId, messageKey, arguments, link))
			.param("id", UUID.randomUUID())
			.param("professional", professionalId)
			.param("key", messageKey)
			.param("arguments", arguments.toArray(String[]::new))
			.param("link", link)
			.param("at", Timestamp.from(at))
			.param("household", householdId)
			.param("householdArgument", householdArgument < 0 ? null : householdArgument)
			.update();
	}

	/**
	 * What makes two notifications the same event for one reader: message, household,
	 * arguments and link, hashed (SHA-256, hex).
	 */
	static String eventKey(UUID householdId, String messageKey, List<String> arguments, String link) {
		String said = String.join("\u001f", messageKey, String.valueOf(householdId), String.join("\u001e", arguments),
				String.valueOf(link));
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(said.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	long unread(UUID professionalId) {
		return unread(professionalId, nl.kernteam.shared.ReadBatch.now(jdbc)).get();
	}

	java.util.function.Supplier<Long> unread(UUID professionalId, nl.kernteam.shared.Reads reads) {
		return reads.sql("select count(*) from notification where professional_id = :professional and read_at is null")
			.param("professional", professionalId)
			.single((rs, row) -> rs.getLong(1));
	}

	/**
	 * One page of the professional's notifications, newest first, each household named
	 * only if the professional sees it at {@code now}, else as {@code someHousehold}.
	 * Notifications are kept, so a professional's list grows with the years: the page's
	 * rows come from the index in its order and only they are looked at, and the total is
	 * counted in the same index up to one more than {@link PageOf#COUNT_CAP} (issue 19).
	 * With {@code count(*) over ()} every notification was sorted and checked against the
	 * region's visibility: 37.6 ms a page for 20,000 notifications.
	 */
	List<PageOf.Counted<Notifications.Notification>> page(UUID professionalId, Instant now, String someHousehold,
			PageOf.Request request) {
		return jdbc
			.sql("""
					select n.id, n.message_key, n.arguments, n.link, n.created_at, n.read_at, n.household_id,
					       n.household_argument,
					       (select count(*) from (select 1 from notification c where c.professional_id = :professional
					                               order by c.created_at desc limit :countUpTo) counted) as total,
					       case when exists (select 1 from household_visibility_at(:now) v
					                          where v.household_id = n.household_id and v.professional_id = n.professional_id)
					            then h.name end as household_name
					  from (select * from notification where professional_id = :professional
					         order by created_at desc, id limit :limit offset :offset) n
					  left join household_profile h on h.id = n.household_id
					 order by n.created_at desc, n.id
					""")
			.param("professional", professionalId)
			.param("countUpTo", PageOf.COUNT_UP_TO)
			.param("now", Timestamp.from(now))
			.param("limit", request.size())
			.param("offset", request.offset())
			.query((rs, row) -> {
				var arguments = new ArrayList<>(Arrays.asList((String[]) rs.getArray("arguments").getArray()));
				String householdName = rs.getString("household_name");
				int position = rs.getInt("household_argument");
				if (!rs.wasNull() && position < arguments.size()) {
					arguments.set(position, householdName == null ? someHousehold : householdName);
				}
				UUID household = rs.getObject("household_id", UUID.class);
				return new PageOf.Counted<>(
						new Notifications.Notification(rs.getObject("id", UUID.class), rs.getString("message_key"),
								List.copyOf(arguments), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
								instant(rs.getTimestamp("read_at")), household, householdName != null),
						rs.getLong("total"));
			})
			.list();
	}

	/**
	 * Marks the professional's notification read; its link ("" for none), or nothing if
	 * it is not theirs.
	 */
	Optional<String> open(UUID professionalId, UUID notificationId, Instant at) {
		return jdbc.sql("""
				update notification set read_at = coalesce(read_at, :at)
				 where id = :id and professional_id = :professional
				returning coalesce(link, '')
				""")
			.param("id", notificationId)
			.param("professional", professionalId)
			.param("at", Timestamp.from(at))
			.query(String.class)
			.optional();
	}

	void markAllRead(UUID professionalId, Instant at) {
		jdbc.sql("update notification set read_at = :at where professional_id = :professional and read_at is null")
			.param("professional", professionalId)
			.param("at", Timestamp.from(at))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
