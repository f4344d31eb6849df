package nl.kernteam.network;

import java.time.Clock;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.identity.ProfessionalDeactivating;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import org.springframework.transaction.annotation.Transactional;
import nl.kernteam.identity.ProfessionalDuties;
import nl.kernteam.shared.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A professional who leaves (deactivated, or moved to another organisation) may not leave
 * families without a contact person: that is refused until every household is handed
 * over. Otherwise their involvements end at once, and with them their access.
 */
@Component
class ContactPersonDuties implements ProfessionalDuties {

	private final NetworkRepository network;

	private final DutyQueries queries;

	private final MessageSource messages;

	private final Clock clock;

	private final AccessLog accessLog;

	ContactPersonDuties(NetworkRepository network, DutyQueries queries, MessageSource messages, Clock clock,
			AccessLog accessLog) {
		this.accessLog = accessLog;
		this.network = network;
		this.queries = queries;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional
	public PageOf<Duty> contactPersonOf(Actor actor, UUID professionalId) {
		var duties = queries.contactPersonOf(professionalId, new PageOf.Request(0, 25));
		accessLog.recordAll(actor, duties.items().stream().map(DutyQueries.Duty::householdId).toList(),
				AccessAction.SEARCH, "team");
		return duties.map(duty -> new Duty(duty.householdId(), duty.householdName()));
	}

	@EventListener
	void on(ProfessionalDeactivating event) {
		UUID professional = event.professionalId();
		if (queries.isContactPersonAnywhere(professional)) {
			throw new ConflictException("network.deactivate.stillContactPerson");
		}
		var now = clock.instant();
		String reason = messages.getMessage("network.reason.left", null, java.util.Locale.forLanguageTag("nl"));
		UUID by = event.by() == null ? null : event.by().professionalId();
		for (UUID household : queries.directorOf(professional)) {
			network.endDirector(household, by, now);
		}
		var households = queries.involvedWith(professional);
		for (UUID household : households) {
			network.endInvolvementOf(household, professional, by, reason, now);
		}
		if (event.by() != null) {
			accessLog.recordAll(event.by(), households, AccessAction.UPDATE, "network");
		}
	}

}
