package nl.kernteam.household;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.web.OneUnitOfWork;
import nl.kernteam.shared.web.PageFrame;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;

/**
 * A page of one household as one unit of work (issue 19, {@link OneUnitOfWork}): one
 * transaction that starts with the page's one access decision, reads the page's frame
 * (the layout's counts) into the model, then the page itself, whose reads of this
 * household through {@link HouseholdAccess} answer from that decision and are named in
 * its one access-log row (a page that also shows other households, as the family system
 * does, logs those in rows of their own); one commit. The handler carries
 * {@link OneUnitOfWork}, so that the household guard and the layout leave their reads to
 * this transaction. A refusal is written in a transaction of its own
 * ({@code AccessLog.recordRefusal}), so it stays when the page's is rolled back, and only
 * when the request has ended ({@code AccessLog.deferRefusals}): never with two
 * connections held at once.
 */
@Component
public class HouseholdPageUnit {

	private final HouseholdAccess access;

	private final TransactionTemplate transactions;

	private final List<PageFrame> frames;

	HouseholdPageUnit(HouseholdAccess access, TransactionTemplate transactions, ObjectProvider<PageFrame> frames) {
		this.access = access;
		this.transactions = transactions;
		this.frames = frames.orderedStream().toList();
	}

	/**
	 * @param page reads and fills the page, given the decision
	 * @return what {@code page} answers (the view)
	 */
	public <T> T read(Actor actor, HouseholdId household, Model model, Function<DecidedHousehold, T> page) {
		return Objects.requireNonNull(this.transactions.execute((status) -> {
			var decided = this.access.decide(actor, household);
			model.addAllAttributes(PageFrame.readAll(this.frames, actor));
			return page.apply(decided);
		}), "a page answers its view");
	}

}
