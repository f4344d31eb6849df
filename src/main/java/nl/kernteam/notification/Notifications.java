package nl.kernteam.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PageOf;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications for professionals. Other modules do not call this: they publish
 * events, and this module's synchronous listeners ({@code NetworkNotifications},
 * {@code SignalNotifications}) call {@link #notify}, which joins the publisher's
 * transaction, so a notification exists exactly when the change it tells about was
 * committed.
 * <p>
 * A notification about a household does not store the household's name:
 * {@link #notifyAbout} keeps a reference, and the name is filled in when the notification
 * is read, only while the reader may still see the household (otherwise it reads "een
 * huishouden"). Links are paths inside the application, checked when stored and when
 * followed.
 */
@Service
@Transactional
public class Notifications {

	/**
	 * Stands, in the arguments of {@link #notifyAbout}, where the household's name goes.
	 */
	public static final String HOUSEHOLD = "\u0000household";

	private final NotificationRepository repository;

	private final Clock clock;

	private final AccessLog accessLog;

	private final MessageSource messages;

	Notifications(NotificationRepository repository, Clock clock, AccessLog accessLog, MessageSource messages) {
		this.repository = repository;
		this.clock = clock;
		this.accessLog = accessLog;
		this.messages = messages;
	}

	/**
	 * Tells a professional something that names no household.
	 * @param messageKey a key in a message bundle, e.g.
	 * {@code signal.notification.match.PERSON}
	 * @param arguments its arguments, already plain text (names, dates); no family
	 * content
	 * @param link where the notification leads: a path inside the application such as
	 * {@code /signals}, or {@code null}
	 * @throws IllegalArgumentException for a link that is not an application path (see
	 * {@link #isApplicationPath})
	 */
	public void notify(UUID professionalId, String messageKey, List<String> arguments, String link) {
		insert(professionalId, null, messageKey, arguments, link);
	}

	/**
	 * Tells a professional something about a household. Put {@link #HOUSEHOLD} in
	 * {@code arguments} where the household's name goes: it is filled in when read, if
	 * the reader may see the household then.
	 * @throws IllegalArgumentException for a link that is not an application path, or
	 * arguments without {@link #HOUSEHOLD}
	 */
	public void notifyAbout(UUID professionalId, UUID householdId, String messageKey, List<String> arguments,
			String link) {
		insert(professionalId, householdId, messageKey, arguments, link);
	}

	private void insert(UUID professionalId, UUID householdId, String messageKey, List<String> arguments, String link) {
		if (link != null && !isApplicationPath(link)) {
			throw new IllegalArgumentException("A notification links only to a path inside the application: " + link);
		}
		int householdArgument = arguments.indexOf(HOUSEHOLD);
		if ((householdId == null) != (householdArgument < 0)) {
			throw new IllegalArgumentException(
					"A household is named by reference only, exactly where HOUSEHOLD stands");
		}
		var stored = new ArrayList<>(arguments);
		if (householdArgument >= 0) {
			stored.set(householdArgument, "");
		}
		repository.insert(professionalId, householdId, messageKey, stored, link, householdArgument, clock.instant());
	}

	/**
	 * A path inside this application: one leading slash, and nothing a browser could read
	 * as another host ({@code //host}, {@code /\host}), no scheme, no white space or
	 * control characters.
	 */
	public static boolean isApplicationPath(String link) {
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.indexOf('\\') >= 0) {
			return false;
		}
		return link.chars()
			.noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c));
	}

	@Transactional(readOnly = true)
	public long unread(UUID professionalId) {
		return repository.unread(professionalId);
	}

	/** The number of unread notifications, read with a page's other reads. */
	public java.util.function.Supplier<Long> unread(UUID professionalId, nl.kernteam.shared.Reads reads) {
		return repository.unread(professionalId, reads);
	}

	/**
	 * The reader's notifications, newest first, as the notifications page shows them. The
	 * households they name are logged as listed (one row per household shown by name).
	 */
	public PageOf<Notification> forReader(Actor reader, PageOf.Request page) {
		var result = forProfessional(reader.professionalId(), page);
		accessLog.recordAll(reader,
				result.items()
					.stream()
					.map(Notification::namedHousehold)
					.filter(java.util.Objects::nonNull)
					.distinct()
					.toList(),
				AccessAction.SEARCH, "notifications");
		return result;
	}

	/**
	 * The professional's notifications, newest first, each household named only if the
	 * professional sees it now.
	 */
	@Transactional(readOnly = true)
	public PageOf<Notification> forProfessional(UUID professionalId, PageOf.Request page) {
		String someHousehold = messages.getMessage("notification.someHousehold", null, LocaleContextHolder.getLocale());
		return PageOf.counted(page,
				request -> repository.page(professionalId, clock.instant(), someHousehold, request));
	}

	/**
	 * Marks one of the professional's own notifications read and gives back where it
	 * leads: its stored link if that is a path inside the application, else nothing.
	 * @throws NotFoundException when the professional has no such notification (also:
	 * someone else's)
	 */
	public Optional<String> open(UUID professionalId, UUID notificationId) {
		String link = repository.open(professionalId, notificationId, clock.instant())
			.orElseThrow(() -> new NotFoundException("notification " + notificationId));
		return isApplicationPath(link) ? Optional.of(link) : Optional.empty();
	}

	public void markAllRead(UUID professionalId) {
		repository.markAllRead(professionalId, clock.instant());
	}

	/**
	 * A notification as its reader sees it: a household it is about is named in
	 * {@code arguments} only if the reader may see it now.
	 */
	public record Notification(UUID id, String messageKey, List<String> arguments, String link, Instant createdAt,
			Instant readAt, UUID householdId, boolean householdNamed) {

		public boolean unread() {
			return readAt == null;
		}

		public Object[] args() {
			return arguments.toArray();
		}

		UUID namedHousehold() {
			return householdNamed ? householdId : null;
		}
	}

}
