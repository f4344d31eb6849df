package nl.kernteam.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The measures of one organisation, or of the whole region (every organisation of this
 * deployment), over a period: one query over the views other modules publish (network's
 * history of involvements and contact persons, the registration, joint assessments and
 * their key decisions and scale scores, agreements, closures, court orders, "Ik ben
 * gehoord"), and one for the scales per quarter.
 */
@Repository
class MeasureQueries {

	/** The households someone of the organisation was involved with in the period. */
	static final String HELPED_BY_ORGANISATION = """
			with helped as (
			    select distinct i.household_id from involvement_history i
			     where i.organisation_id = :organisation and i.started_at < :to
			       and (i.ended_at is null or i.ended_at >= :from)
			)""";

	/** The households anyone was involved with in the period. */
	static final String HELPED_IN_REGION = """
			with helped as (
			    select distinct i.household_id from involvement_history i
			     where i.started_at < :to and (i.ended_at is null or i.ended_at >= :from)
			)""";

	static final String MEASURES = """
			, handovers as (
			    select count(*) as n from (
			        select c.started_at, c.professional_id,
			               lag(c.professional_id) over (partition by c.household_id order by c.started_at, c.id) as previous
			          from contact_person_history c join helped h on h.household_id = c.household_id) c
			     where c.started_at >= :from and c.started_at < :to and c.previous is not null
			       and c.previous <> c.professional_id
			), people as (
			    select count(distinct (i.household_id, i.professional_id)) as professionals,
			           count(distinct (i.household_id, i.organisation_id)) as organisations
			      from involvement_history i join helped h on h.household_id = i.household_id
			     where i.professional_id is not null and i.started_at < :to and (i.ended_at is null or i.ended_at >= :from)
			), first_assessment as (
			    select greatest(0, min(a.assessed_on) - (r.created_at at time zone 'Europe/Amsterdam')::date) as days
			      from helped h join household_registration r on r.household_id = h.household_id
			      join assessment_meeting a on a.household_id = h.household_id
			     group by h.household_id, r.created_at
			), first_agreement as (
			    select greatest(0, (min(g.created_at) at time zone 'Europe/Amsterdam')::date
			                       - (r.created_at at time zone 'Europe/Amsterdam')::date) as days
			      from helped h join household_registration r on r.household_id = h.household_id
			      join plan_agreement_made g on g.household_id = h.household_id
			     group by h.household_id, r.created_at
			)
			select (select count(*) from helped) as households,
			       (select n from handovers) as handovers,
			       (select professionals from people) as professionals,
			       (select organisations from people) as organisations,
			       (select percentile_cont(0.5) within group (order by days) from first_assessment) as median_days,
			       (select percentile_cont(0.5) within group (order by days) from first_agreement) as median_agreement_days,
			       (select count(*) from closed_household c join helped h on h.household_id = c.household_id
			         where c.closed_at >= :from and c.closed_at < :to) as closed,
			       (select count(distinct o.household_id) from court_order_of_child o
			          join helped h on h.household_id = o.household_id
			         where o.starts_on < :toDay and o.current_ends_on >= :fromDay) as with_court_order,
			       (select avg(f.score) from family_heard f join helped h on h.household_id = f.household_id
			         where f.recorded_at >= :from and f.recorded_at < :to) as heard_average,
			       (select count(*) from family_heard f join helped h on h.household_id = f.household_id
			         where f.recorded_at >= :from and f.recorded_at < :to) as heard_answers,
			       (select count(*) from reflection r where (cast(:organisation as uuid) is null or r.organisation_id = :organisation)
			         and r.reflected_on >= :fromDay and r.reflected_on < :toDay) as reflections,
			       (select count(*) from intervision v where (cast(:organisation as uuid) is null or v.organisation_id = :organisation)
			         and v.held_on >= :fromDay and v.held_on < :toDay) as intervisions
			""";

	/**
	 * Per quarter (its first day) and per side (FAMILY, PROFESSIONAL): the average score
	 * and how many households were scored.
	 */
	static final String SCALES = """
			select cast(date_trunc('quarter', s.assessed_on) as date) as quarter, s.scored_by,
			       avg(s.score) as average, count(distinct s.household_id) as households
			  from assessment_scale_score s join helped h on h.household_id = s.household_id
			 where s.scored_by in ('FAMILY', 'PROFESSIONAL') and s.assessed_on >= :fromDay and s.assessed_on < :toDay
			 group by 1, 2
			 order by 1, 2
			""";

	private final JdbcClient jdbc;

	MeasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The measures over [from, to) of the organisation, or of the region when it is
	 * {@code null}.
	 */
	Measures measures(UUID organisation, LocalDate fromDay, LocalDate toDay, Timestamp from, Timestamp to) {
		var statement = organisation == null ? jdbc.sql(HELPED_IN_REGION + MEASURES)
				: jdbc.sql(HELPED_BY_ORGANISATION + MEASURES);
		var scales = scales(organisation, fromDay, toDay, from, to);
		return statement.param("organisation", organisation)
			.param("from", from)
			.param("to", to)
			.param("toDay", toDay)
			.param("fromDay", fromDay)
			.query((rs, row) -> measures(rs, organisation, fromDay, toDay, scales))
			.single();
	}

	private List<ScaleRow> scales(UUID organisation, LocalDate fromDay, LocalDate toDay, Timestamp from, Timestamp to) {
		var statement = organisation == null ? jdbc.sql(HELPED_IN_REGION + SCALES)
				: jdbc.sql(HELPED_BY_ORGANISATION + SCALES);
		return statement.param("organisation", organisation)
			.param("from", from)
			.param("to", to)
			.param("toDay", toDay)
			.param("fromDay", fromDay)
			.query((rs, row) -> new ScaleRow(rs.getObject("quarter", LocalDate.class), rs.getString("scored_by"),
					rs.getDouble("average"), rs.getInt("households")))
			.list();
	}

	private static Measures measures(ResultSet rs, UUID organisation, LocalDate fromDay, LocalDate toDay,
			List<ScaleRow> scales) throws SQLException {
		int households = rs.getInt("households");
		double n = Math.max(households, 1);
		return new Measures(organisation, fromDay, toDay, false, households, rs.getLong("handovers") / n,
				rs.getLong("professionals") / n, rs.getLong("organisations") / n, nullable(rs, "median_days"),
				nullable(rs, "median_agreement_days"), rs.getInt("closed"), rs.getInt("with_court_order"),
				nullable(rs, "heard_average"), rs.getInt("heard_answers"), rs.getInt("reflections"),
				rs.getInt("intervisions"), ScaleQuarter.of(scales, fromDay, toDay));
	}

	private static Double nullable(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column) == null ? null : rs.getDouble(column);
	}

	/** One side's scores in one quarter. */
	record ScaleRow(LocalDate quarter, String scoredBy, double average, int households) {
	}

}
