package nl.kernteam.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications for professionals. {@link #notify} joins the caller's transaction, so a notification
 * exists exactly when the change it tells about was committed.
 */
@Service
@Transactional
public class Notifications {

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Tells a professional something.
	 *
	 * @param messageKey a key in a message bundle, e.g. {@code network.notification.emergencyAccess}
	 * @param arguments  its arguments, already plain text (names, dates); no family content the reader may not see
	 * @param link       where the notification leads, e.g. {@code /households/…}; may be {@code null}
	 */
	public void notify(UUID professionalId, String messageKey, List<String> arguments, String link) {
		jdbc.sql("""
				insert into notification (id, professional_id, message_key, arguments, link, created_at)
				values (:id, :professional, :key, string_to_array(:arguments, chr(31)), :link, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("professional", professionalId)
			.param("key", messageKey)
			.param("arguments", String.join(String.valueOf((char) 31), arguments))
			.param("link", link)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	@Transactional(readOnly = true)
	public long unread(UUID professionalId) {
		return jdbc.sql("select count(*) from notification where professional_id = :professional and read_at is null")
			.param("professional", professionalId)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public PageOf<Notification> forProfessional(UUID professionalId, PageOf.Request page) {
		var items = jdbc.sql("""
				select id, message_key, arguments, link, created_at, read_at, count(*) over () as total
				  from notification where professional_id = :professional
				 order by created_at desc, id limit :limit offset :offset
				""")
			.param("professional", professionalId)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, row) -> new Row(new Notification(rs.getObject("id", UUID.class), rs.getString("message_key"),
					Arrays.asList((String[]) rs.getArray("arguments").getArray()), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("read_at"))), rs.getLong("total")))
			.list();
		long total = items.isEmpty() ? page.offset() : items.get(0).total();
		return new PageOf<>(items.stream().map(Row::notification).toList(), page.page(), page.size(), total);
	}

	/** Marks one of the professional's own notifications read; someone else's is left alone. */
	public void markRead(UUID professionalId, UUID notificationId) {
		jdbc.sql("update notification set read_at = :at where id = :id and professional_id = :professional and read_at is null")
			.param("id", notificationId)
			.param("professional", professionalId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	public void markAllRead(UUID professionalId) {
		jdbc.sql("update notification set read_at = :at where professional_id = :professional and read_at is null")
			.param("professional", professionalId)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private record Row(Notification notification, long total) {
	}

	/** A notification as its reader sees it. */
	public record Notification(UUID id, String messageKey, List<String> arguments, String link, Instant createdAt,
			Instant readAt) {

		public boolean unread() {
			return readAt == null;
		}

		public Object[] args() {
			return arguments.toArray();
		}
	}
}
