package nl.kernteam.household;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.ReadBatches;
import nl.kernteam.shared.web.PageFrame;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The household page's data, read in one transaction (issue 19, a page is one unit of
 * work): one access decision ({@link HouseholdAccess#decide}) handed to every module's
 * section, the household, the sections the decision lets the actor read and the page's
 * frame; one access-log row naming each kind of data shown, one commit, one consistent
 * state. The members, the sections' reads and the frame's go to PostgreSQL together, in
 * one round trip ({@link nl.kernteam.shared.ReadBatch}).
 */
@Service
class HouseholdPage {

	private final HouseholdQueries queries;

	private final List<HouseholdPageSection> sections;

	private final HouseholdAccess access;

	private final List<PageFrame> frames;

	private final ReadBatches batches;

	HouseholdPage(HouseholdQueries queries, ObjectProvider<HouseholdPageSection> sections, HouseholdAccess access,
			ObjectProvider<PageFrame> frames, ReadBatches batches) {
		this.queries = queries;
		this.batches = batches;
		this.access = access;
		this.sections = sections.stream().sorted(Comparator.comparingInt(HouseholdPageSection::order)).toList();
		this.frames = frames.stream().toList();
	}

	@Transactional
	public Content read(Actor actor, HouseholdId household) {
		var decided = access.decide(actor, household);
		var reads = batches.start();
		var details = queries.details(decided, reads);
		var parts = sections.stream()
			.filter(section -> decided.mayRead(section.item()))
			.map(section -> section.html(decided, reads))
			.toList();
		var frame = PageFrame.readAll(frames, actor, reads);
		return new Content(details.get(), parts.stream().map(Supplier::get).filter(Objects::nonNull).toList(),
				frame.get());
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
