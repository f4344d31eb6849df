package nl.kernteam.household;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.web.PageFrame;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household page's data, read in one transaction (issue 19, a page is one unit of
 * work): one access decision ({@link HouseholdAccess#decide}) handed to every module's
 * section, the household, the sections the decision lets the actor read and the page's
 * frame; one access-log row naming each kind of data shown, one commit, one consistent
 * state.
 */
@Service
class HouseholdPage {

	private final HouseholdQueries queries;

	private final List<HouseholdPageSection> sections;

	private final HouseholdAccess access;

	private final List<PageFrame> frames;

	HouseholdPage(HouseholdQueries queries, ObjectProvider<HouseholdPageSection> sections, HouseholdAccess access,
			ObjectProvider<PageFrame> frames) {
		this.queries = queries;
		this.access = access;
		this.sections = sections.stream().sorted(Comparator.comparingInt(HouseholdPageSection::order)).toList();
		this.frames = frames.stream().toList();
	}

	@Transactional
	public Content read(Actor actor, HouseholdId household) {
		var decided = access.decide(actor, household);
		var details = queries.details(decided);
		return new Content(details,
				sections.stream()
					.filter(section -> decided.mayRead(section.item()))
					.map(section -> section.html(decided))
					.filter(java.util.Objects::nonNull)
					.toList(),
				PageFrame.readAll(frames, actor));
	}

	/**
	 * The household list, searched or not, with the layout's frame in the same
	 * transaction (issue 19: the list and search page is one unit of work too).
	 */
	@Transactional
	public Listing list(Actor actor, String query, PageOf.Request request) {
		return new Listing(queries.list(actor, query, request), PageFrame.readAll(frames, actor));
	}

	record Listing(PageOf<HouseholdSummary> households, Map<String, Object> frame) {
	}

	/**
	 * @param sections the HTML of each section that shows something, in their order
	 * @param frame the layout's attributes ({@link PageFrame}), read in the same
	 * transaction
	 */
	record Content(HouseholdDetails household, List<String> sections, Map<String, Object> frame) {
	}

}
