package nl.kernteam.household;

import nl.kernteam.shared.DraftRepository;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A destroyed file takes the drafts typed about it along. */
@Component
class DraftDestructionListener {

	private final DraftRepository drafts;

	DraftDestructionListener(DraftRepository drafts) {
		this.drafts = drafts;
	}

	@EventListener
	@Order(HouseholdDestructionDue.FIRST)
	void on(HouseholdDestructionDue event) {
		event.destroyed("draft", drafts.deleteAllOf(event.household().value()));
	}

}
