package nl.kernteam.household;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.DraftRepository;
import nl.kernteam.shared.DraftRepository.Draft;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of what a professional types about a household (issue 17): kept while typing,
 * offered back on return, deleted on saving. A draft is family data of the kind of its
 * item: reading and keeping one is checked and logged like reading and changing the item
 * ({@code draft:<item>}), so an outsider, a partner without the share, or emergency
 * access (which reads only) is refused.
 */
@Service
@Transactional
public class Drafts {

	/** Longest draft, in characters: a whole assessment's form with room to spare. */
	static final int LONGEST = 200_000;

	private static final Pattern ITEM = Pattern.compile("(assessment|agreement|note):[0-9a-f-]{36}(:[A-Z_]{1,30})?");

	private final HouseholdAccess access;

	private final DraftRepository drafts;

	private final Clock clock;

	Drafts(HouseholdAccess access, DraftRepository drafts, Clock clock) {
		this.access = access;
		this.drafts = drafts;
		this.clock = clock;
	}

	public Optional<Draft> find(Actor actor, HouseholdId household, String item) {
		access.read(actor, household, kind(item), "draft:" + item);
		return drafts.find(actor.professionalId(), household.value(), item);
	}

	public void keep(Actor actor, HouseholdId household, String item, String content) {
		var kind = kind(item);
		if (content == null || content.isEmpty() || content.length() > LONGEST) {
			throw new InvalidInputException("content", "draft.content.invalid");
		}
		access.write(actor, household, kind, AccessAction.UPDATE, "draft:" + item);
		drafts.keep(actor.professionalId(), household.value(), item, content, clock.instant());
	}

	/**
	 * Throws the draft of an item away (on saving it, or when the user chooses to); with
	 * an item without a part, the drafts of all its parts. Checked like reading the item.
	 */
	public void discard(Actor actor, HouseholdId household, String item) {
		access.read(actor, household, kind(item), "draft:" + item);
		drafts.discard(actor.professionalId(), household.value(), item);
	}

	/** The kind of household data a draft's item is, or a 400 for an unknown item. */
	static HouseholdItem kind(String item) {
		if (item == null || !ITEM.matcher(item).matches()) {
			throw new InvalidInputException("item", "draft.item.invalid");
		}
		return switch (item.substring(0, item.indexOf(':'))) {
			case "assessment" -> HouseholdItem.ASSESSMENTS;
			case "agreement" -> HouseholdItem.PLAN;
			default -> HouseholdItem.NETWORK_NOTES;
		};
	}

}
