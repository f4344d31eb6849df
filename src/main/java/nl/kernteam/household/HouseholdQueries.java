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

	private static final String LIST_VISIBLE = SUMMARY + " from " + VISIBLE
			+ " join household h on h.id = v.household_id" + PAGE;

	/**
	 * At most this many visible households are searched from the visibility; more from
	 * the matches. Below it, checking every visible household's members reads fewer pages
	 * than the matches in a region of 50,000 (docs/BENCHMARKS.md, "Household search").
	 */
	static final int SEARCH_FROM_VISIBILITY_UP_TO = 200;

	/**
	 * {@link #SEARCH_FROM_VISIBILITY_UP_TO}; tests set it to 0 to try the other branch.
	 */
	private int searchFromVisibilityUpTo = SEARCH_FROM_VISIBILITY_UP_TO;

	/**
	 * Two branches, of which one runs (the other's one-time filter is false): a caseload
	 * of up to {@value #SEARCH_FROM_VISIBILITY_UP_TO} households, or a text too short for
	 * trigrams, is searched from the visibility, every visible household's members
	 * checked; a larger one from the matches (the households whose name or a current
	 * member's name contains the text, by the trigram indexes of V3_9, or with a current
	 * member of this BSN, by its keyed fingerprint), of which only the visible stay. Both
	 * answer the same; bench/sql/household-search.sql is a copy for EXPLAIN.
	 */
	private static final String SEARCH = """
			with visible as materialized (
			        select household_id, bool_and(emergency) as emergency
			          from household_visibility_at(:now) where professional_id = :me group by household_id),
			     found as (
			        select h.id, h.name, h.updated_at, v.emergency
			          from visible v join household h on h.id = v.household_id
			         where (not :trigrams or (select count(*) from visible) <= :upTo)
			           and (h.name ilike :pattern
			                or exists (select 1 from member m
			                            where m.household_id = h.id and m.removed_at is null
			                              and (m.given_name || ' ' || m.family_name ilike :pattern
			                                   or m.bsn_fingerprint = :fingerprint)))
			        union all
			        -- the visible matches first, then each one's household by its key (offset 0 keeps this
			        -- order: the planner cannot know how few of the matches are visible)
			        select h.id, h.name, h.updated_at, x.emergency
			          from (select x.household_id, v.emergency
			                  from (select id as household_id from household where name ilike :pattern
			                        union
			                        select household_id from member
			                         where removed_at is null and given_name || ' ' || family_name ilike :pattern
			                        union
			                        select household_id from member where removed_at is null and bsn_fingerprint = :fingerprint) x
			                  join visible v on v.household_id = x.household_id
			                 offset 0) x
			          cross join lateral (select h.id, h.name, h.updated_at from household h
			                               where h.id = x.household_id offset 0) h
			         where :trigrams and (select count(*) from visible) > :upTo)
			"""
			+ SUMMARY + " from found h" + PAGE;

	private final JdbcClient jdbc;

	private final HouseholdRepository households;

	private final HouseholdAccess access;

	private final AccessLog accessLog;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	HouseholdQueries(JdbcClient jdbc, HouseholdRepository households, HouseholdAccess access, AccessLog accessLog,
			PersonalDataCipher cipher, Clock clock) {
		this.clock = clock;
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

	/** The members' full BSNs, for the edit form; logged as a read of its own. */
	public java.util.Map<UUID, String> bsnsForEditing(Actor actor, HouseholdId id) {
		access.write(actor, id, AccessAction.READ, "household.bsn");
		return households.bsns(id.value());
	}

	/**
	 * The households the actor may see, newest change first, optionally filtered by a
	 * text that occurs in the household's or a member's name, or by a member's full BSN.
	 * A search with a text reads about as many pages for 2,500 visible households as for
	 * 20 ({@link #SEARCH}).
	 */
	public PageOf<HouseholdSummary> list(Actor actor, String query, PageOf.Request page) {
		String text = query == null ? "" : query.trim();
		String fingerprint = Bsn.isValid(text) ? cipher.fingerprint(Bsn.canonical(text)) : "";
		var result = PageOf.counted(page,
				request -> (text.isEmpty() ? jdbc.sql(LIST_VISIBLE) : jdbc.sql(SEARCH))
					.param("me", actor.professionalId())
					.param("now", Timestamp.from(clock.instant()))
					.param("pattern", Sql.containsPattern(text))
					.param("fingerprint", fingerprint)
					.param("trigrams", text.length() >= 3)
					.param("upTo", this.searchFromVisibilityUpTo)
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
