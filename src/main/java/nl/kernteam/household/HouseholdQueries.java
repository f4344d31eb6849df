package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessEvent;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Sql;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads households for pages and the API, each through {@link HouseholdAccess} so that it
 * is checked and logged. Lists show only the households the actor may see, in one query
 * over the visibility view.
 */
@Service
@Transactional
public class HouseholdQueries {

	/**
	 * What a row of the list shows, for the households {@code h} the actor sees, with
	 * {@code emergency} from the visibility.
	 */
	private static final String SUMMARY = """
			select h.id, h.name, h.updated_at, emergency, count(*) over () as total,
			       (select string_agg(m.given_name || ' ' || m.family_name, ', ' order by m.position)
			          from member m where m.household_id = h.id and m.removed_at is null) as member_names,
			       (select count(*) from member m where m.household_id = h.id and m.removed_at is null) as member_count,
			       (select p.name from current_contact_person c join professional_profile p on p.id = c.professional_id
			         where c.household_id = h.id) as contact_person_name
			""";

	private static final String VISIBLE = """
			(select household_id, bool_and(emergency) as emergency
			   from household_visibility_at(:now) where professional_id = :me group by household_id) v
			""";

	private static final String PAGE = """
			 order by h.updated_at desc, h.id
			 limit :limit offset :offset
			""";

	/**
	 * A page of the households {@code found}, each one's row read by its key (offset 0:
	 * the planner cannot know how few of the matches are visible).
	 */
	private static final String FOUND_PAGE = SUMMARY + """
			  from found f
			 cross join lateral (select h.id, h.name, h.updated_at from household h
			                      where h.id = f.household_id offset 0) h
			""" + PAGE;

	private static final String LIST_VISIBLE = SUMMARY + " from " + VISIBLE
			+ " join household h on h.id = v.household_id" + PAGE;

	/**
	 * The visible households whose search text (V3_10: the household's and its current
	 * members' names, lower case, one per line) contains the text, in one statement with
	 * a plan fixed in advance (a generic plan, {@link #GENERIC_PLANS}: no planning per
	 * search). Two branches, of which one runs: the other's one-time filter is false. A
	 * caseload of up to {@code :large} (200) households is searched from the visibility,
	 * each visible household's search text by its key; a larger one (with a text of three
	 * characters or more, so that the trigram index has something to look up) from the
	 * trigram matches, of which only the visible ones stay (a hash join with the
	 * visibility). The caseload is counted up to one more than {@code :large}. Both
	 * branches find the same households; the choice only decides what it costs. Then each
	 * match's household by its key. A pattern with a line break could match across two
	 * names, which no name holds: it finds nothing. bench/sql/household-search.sql is a
	 * copy for EXPLAIN.
	 */
	private static final String SEARCH = """
			with caseload as (
			        select count(*) as n
			          from (select 1 from household_visibility_at(:now) c where c.professional_id = :me limit :large + 1) c),
			     found as (
			        select x.household_id, bool_and(x.emergency) as emergency
			          from (select v.household_id, v.emergency
			                  from household_visibility_at(:now) v
			                 cross join lateral (select 1 from household_search s
			                                      where s.household_id = v.household_id and s.text like lower(:pattern)
			                                     offset 0) s
			                 where v.professional_id = :me and not (:trigrams and (select n from caseload) > :large)
			                union all
			                select v.household_id, v.emergency
			                  from (select household_id from household_search where text like lower(:pattern) offset 0) s
			                  join household_visibility_at(:now) v on v.household_id = s.household_id
			                 where v.professional_id = :me and :trigrams and (select n from caseload) > :large) x
			         where strpos(:pattern, chr(10)) = 0
			         group by x.household_id)
			"""
			+ FOUND_PAGE;

	/**
	 * A search for a text that is a valid BSN: the households with a current member of
	 * that BSN (its keyed fingerprint), or whose names contain the text as above.
	 */
	private static final String SEARCH_BSN = """
			with found as (
			        select v.household_id, bool_and(v.emergency) as emergency
			          from household_visibility_at(:now) v
			          join (select household_id from household_search where text like lower(:pattern)
			                union all
			                select household_id from member where removed_at is null and bsn_fingerprint = :fingerprint) x
			            on x.household_id = v.household_id
			         where v.professional_id = :me
			         group by v.household_id)
			"""
			+ FOUND_PAGE;

	/**
	 * For the rest of the transaction: plans for this professional and this text (a
	 * generic plan of {@link #SEARCH_BSN} would assume an average caseload and walk 2,500
	 * visible households one by one; docs/BENCHMARKS.md, second round of the search).
	 */
	private static final String CUSTOM_PLANS = "set local plan_cache_mode = force_custom_plan";

	/**
	 * For the rest of the transaction: the cached plan of {@link #SEARCH}, which holds
	 * both of its branches, however the planner would estimate this professional's
	 * caseload (docs/BENCHMARKS.md, third round of the search).
	 */
	private static final String GENERIC_PLANS = "set local plan_cache_mode = force_generic_plan";

	private final JdbcClient jdbc;

	private final HouseholdRepository households;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	/**
	 * Caseloads larger than this are searched from the trigram matches ({@link #SEARCH});
	 * not final so that a test can run either branch on a small region.
	 */
	private int largeCaseload;

	HouseholdQueries(JdbcClient jdbc, HouseholdRepository households, HouseholdAccess access, AccessLog accessLog,
			PersonalDataCipher cipher, Clock clock, @Value("${kernteam.search.large-caseload:200}") int largeCaseload) {
		this.clock = clock;
		this.largeCaseload = largeCaseload;
		this.jdbc = jdbc;
		this.households = households;
		this.access = access;
		this.accessLog = accessLog;
		this.cipher = cipher;
	}

	public HouseholdDetails details(Actor actor, HouseholdId id) {
		var grant = access.read(actor, id, "household");
		return households.details(id.value(), grant.emergency(), grant.emergencyEndsAt())
			.orElseThrow(() -> new NotFoundException("household " + id));
	}

	/**
	 * The details for a page whose access decision is made: the household's row comes
	 * from the decision (issue 19), so only the members are read, with the page's other
	 * reads.
	 */
	java.util.function.Supplier<HouseholdDetails> details(DecidedHousehold decided, nl.kernteam.shared.Reads reads) {
		var grant = access.read(decided.actor(), decided.household(), "household");
		var members = households.members(decided.household().value(), reads);
		return () -> HouseholdRepository.details(decided.row(), members.get(), grant.emergency(),
				grant.emergencyEndsAt());
	}

	/** The members' full BSNs, for the edit form; logged as a read of its own. */
	public java.util.Map<UUID, String> bsnsForEditing(Actor actor, HouseholdId id) {
		access.write(actor, id, AccessAction.READ, "household.bsn");
		return households.bsns(id.value());
	}

	/**
	 * The households the actor may see, newest change first, optionally filtered by a
	 * text that occurs in the household's or a member's name, or by a member's full BSN.
	 * A search with a text costs about what its matches cost, for 20 visible households
	 * as for 2,500 ({@link #SEARCH}).
	 */
	public PageOf<HouseholdSummary> list(Actor actor, String query, PageOf.Request page) {
		String text = query == null ? "" : query.trim();
		String fingerprint = Bsn.isValid(text) ? cipher.fingerprint(Bsn.canonical(text)) : "";
		if (!text.isEmpty()) {
			if (fingerprint.isEmpty()) {
				jdbc.sql(GENERIC_PLANS).update();
			}
			else {
				jdbc.sql(CUSTOM_PLANS).update();
			}
		}
		var result = PageOf.counted(page,
				request -> (text.isEmpty() ? jdbc.sql(LIST_VISIBLE)
						: fingerprint.isEmpty() ? jdbc.sql(SEARCH) : jdbc.sql(SEARCH_BSN))
					.param("me", actor.professionalId())
					.param("now", Timestamp.from(clock.instant()))
					.param("pattern", Sql.containsPattern(text))
					.param("fingerprint", fingerprint)
					.param("trigrams", text.length() >= 3)
					.param("large", largeCaseload)
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, row) -> new PageOf.Counted<>(new HouseholdSummary(rs.getObject("id", UUID.class),
							rs.getString("name"), rs.getString("member_names"), rs.getInt("member_count"),
							rs.getString("contact_person_name"), rs.getTimestamp("updated_at").toInstant(),
							rs.getBoolean("emergency")), rs.getLong("total")))
					.list());
		// a list names households: each one shown is logged, so that "who looked at this
		// household" includes it
		accessLog.recordAll(actor, result.items().stream().map(HouseholdSummary::id).toList(), AccessAction.SEARCH,
				"households");
		return result;
	}

}
