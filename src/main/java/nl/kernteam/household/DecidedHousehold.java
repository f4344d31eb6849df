package nl.kernteam.household;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.TransactionScoped;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One page's access decision (issue 19, "a page is one unit of work"): the household
 * exists and the actor may see it, decided once at the start of the page's transaction by
 * {@link HouseholdAccess#decide}, the only way to obtain one. The page's sections receive
 * it instead of asking again: {@link #mayRead} answers from the standing decided here,
 * and while the transaction lasts every other question of this actor about this household
 * ({@link HouseholdAccess#read}, {@link AccessDecision#mayRead} ...) is answered from it
 * too, without asking the database again. Their reads still go into the access log,
 * merged into the transaction's one row that names every kind of data read.
 * <p>
 * It lives as long as its transaction: a new request, and so an ended involvement or a
 * revoked share, decides anew.
 */
public final class DecidedHousehold {

	private final AccessDecision decision;

	private final Actor actor;

	private final HouseholdId household;

	private final Standing standing;

	private final Instant emergencyEndsAt;

	private final HouseholdRow row;

	private Set<SharedItem> shared;

	DecidedHousehold(AccessDecision decision, Actor actor, HouseholdId household, HouseholdRow row, Standing standing,
			Instant emergencyEndsAt) {
		this.decision = decision;
		this.row = row;
		this.actor = actor;
		this.household = household;
		this.standing = standing;
		this.emergencyEndsAt = emergencyEndsAt;
	}

	public Actor actor() {
		return actor;
	}

	public HouseholdId household() {
		return household;
	}

	/**
	 * The household's name, read with the decision (issue 19: the page's sections do not
	 * read it again).
	 */
	public String name() {
		return row.name();
	}

	/** The household's own row, read with the decision. */
	HouseholdRow row() {
		return row;
	}

	/** Seen through emergency access: read only. */
	public boolean emergency() {
		return standing == Standing.EMERGENCY;
	}

	/** Under emergency access: when it ends; otherwise {@code null}. */
	public Instant emergencyEndsAt() {
		return emergencyEndsAt;
	}

	/**
	 * Whether the actor may read this kind of the household's data: the decision's rule,
	 * on the standing decided at the start.
	 */
	public boolean mayRead(HouseholdItem item) {
		return decision.decide(actor, household, standing, item, AccessAction.READ).granted();
	}

	/**
	 * Whether the actor may add this kind of the household's data: the decision's rule,
	 * on the standing decided at the start (never under emergency access, which only
	 * reads); for the forms a page shows.
	 */
	public boolean mayAdd(HouseholdItem item) {
		return decision.decide(actor, household, standing, item, AccessAction.CREATE).granted();
	}

	/**
	 * Whether the actor may review the household's case
	 * ({@link AccessDecision#decideReview}), on the standing decided at the start; for
	 * the form that starts a review. Asks the database only for a team lead outside the
	 * core team (whose review follows the last contact person's organisation).
	 */
	public boolean mayReview() {
		return decision.decideReview(actor, household).granted();
	}

	Standing standing() {
		return standing;
	}

	/** What is shared with the actor, asked at most once per decision. */
	Set<SharedItem> shared(Supplier<Set<SharedItem>> ask) {
		if (shared == null) {
			shared = ask.get();
		}
		return shared;
	}

	/** Holds this decision for the rest of the current transaction. */
	void bind() {
		decisions().put(key(actor, household), this);
	}

	/**
	 * The decision made in the current transaction for this actor and household, or
	 * {@code null}.
	 */
	static DecidedHousehold bound(Actor actor, HouseholdId household) {
		if (actor == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		@SuppressWarnings("unchecked")
		var decisions = (Map<List<Object>, DecidedHousehold>) TransactionSynchronizationManager
			.getResource(DecidedHousehold.class);
		return decisions == null ? null : decisions.get(key(actor, household));
	}

	/**
	 * The household's name as a decision in the current transaction read it, or
	 * {@code null}.
	 */
	static String boundName(HouseholdId household) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		@SuppressWarnings("unchecked")
		var decisions = (Map<List<Object>, DecidedHousehold>) TransactionSynchronizationManager
			.getResource(DecidedHousehold.class);
		if (decisions == null) {
			return null;
		}
		return decisions.values()
			.stream()
			.filter(d -> d.household.equals(household))
			.map(DecidedHousehold::name)
			.findFirst()
			.orElse(null);
	}

	private static List<Object> key(Actor actor, HouseholdId household) {
		return java.util.Arrays.asList(actor.professionalId(), household.value());
	}

	private static Map<List<Object>, DecidedHousehold> decisions() {
		return TransactionScoped.get(DecidedHousehold.class, HashMap::new, null);
	}

}
