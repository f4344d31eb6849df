package nl.kernteam.household;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.kernteam.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household page's data, read in one transaction: the household and every module's
 * section. Its reads are therefore one access-log row naming each kind of data shown, and
 * they see one consistent state.
 */
@Service
class HouseholdPage {

	private final HouseholdQueries queries;

	private final List<HouseholdPageSection> sections;

	private final AccessDecision decision;

	HouseholdPage(HouseholdQueries queries, ObjectProvider<HouseholdPageSection> sections, AccessDecision decision) {
		this.queries = queries;
		this.decision = decision;
		this.sections = sections.stream().sorted(Comparator.comparingInt(HouseholdPageSection::order)).toList();
	}

	@Transactional
	public Content read(Actor actor, HouseholdId household) {
		var details = queries.details(actor, household);
		return new Content(details,
				sections.stream()
					.filter(section -> decision.mayRead(actor, household, section.item()))
					.map(section -> new Section(section.template(), section.model(actor, household),
							section.forms(actor, household)))
					.toList());
	}

	record Content(HouseholdDetails household, List<Section> sections) {
	}

	record Section(String template, Map<String, Object> model, Map<String, Object> forms) {
	}

}
