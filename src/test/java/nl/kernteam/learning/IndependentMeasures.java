package nl.kernteam.learning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.shared.AmsterdamTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The measures computed again for a test, straight from the modules' own tables (not the
 * published views Kernteam reads) and written differently (correlated subqueries where
 * Kernteam uses window functions and joins), for one organisation or, with {@code null},
 * the region.
 */
final class IndependentMeasures {

	private static final String MEASURES = """
			with helped as (
			    select h.id as household_id, h.created_at from household h
			     where exists (select 1 from involvement i where i.household_id = h.id
			                      and (cast(:org as uuid) is null or i.organisation_id = :org)
			                      and i.started_at < :to and coalesce(i.ended_at, 'infinity') >= :from)
			), in_period as (
			    select i.* from involvement i join helped using (household_id)
			     where i.professional_id is not null and i.started_at < :to and coalesce(i.ended_at, 'infinity') >= :from
			)
			select (select count(*) from helped) as households,
			       (select count(*) from contact_person c join helped using (household_id)
			         where c.started_at >= :from and c.started_at < :to
			           and (select p.professional_id from contact_person p where p.household_id = c.household_id
			                   and (p.started_at, p.id) < (c.started_at, c.id)
			                 order by p.started_at desc, p.id desc limit 1) <> c.professional_id) as handovers,
			       (select count(*) from (select distinct household_id, professional_id from in_period) p) as professionals,
			       (select count(*) from (select distinct household_id, organisation_id from in_period) o) as organisations,
			       (select percentile_cont(0.5) within group (order by d) from (
			            select greatest(0, (select min(a.assessed_on) from assessment a where a.household_id = h.household_id)
			                               - (h.created_at at time zone 'Europe/Amsterdam')::date) as d
			              from helped h where exists (select 1 from assessment a where a.household_id = h.household_id)) x) as days_assessment,
			       (select percentile_cont(0.5) within group (order by d) from (
			            select greatest(0, ((select min(g.created_at) from plan_agreement g
			                                  where g.household_id = h.household_id and g.removed_at is null)
			                                at time zone 'Europe/Amsterdam')::date
			                               - (h.created_at at time zone 'Europe/Amsterdam')::date) as d
			              from helped h where exists (select 1 from plan_agreement g
			                                          where g.household_id = h.household_id and g.removed_at is null)) y) as days_agreement,
			       (select count(*) from household_closure c join helped using (household_id)
			         where c.reopened_at is null and c.closed_at >= :from and c.closed_at < :to) as closed,
			       (select count(distinct o.household_id) from court_order o join helped using (household_id)
			         where o.starts_on < :toDay and o.current_ends_on >= :fromDay) as court,
			       (select avg(score) from portal_heard f join helped using (household_id)
			         where f.recorded_at >= :from and f.recorded_at < :to) as heard,
			       (select count(*) from portal_heard f join helped using (household_id)
			         where f.recorded_at >= :from and f.recorded_at < :to) as heard_answers,
			       (select count(*) from reflection r where (cast(:org as uuid) is null or r.organisation_id = :org)
			         and r.reflected_on >= :fromDay and r.reflected_on < :toDay) as reflections,
			       (select count(*) from intervision v where (cast(:org as uuid) is null or v.organisation_id = :org)
			         and v.held_on >= :fromDay and v.held_on < :toDay) as intervisions
			""";

	private static final String SCALES = """
			with helped as (
			    select h.id as household_id from household h
			     where exists (select 1 from involvement i where i.household_id = h.id
			                      and (cast(:org as uuid) is null or i.organisation_id = :org)
			                      and i.started_at < :to and coalesce(i.ended_at, 'infinity') >= :from)
			)
			select extract(year from a.assessed_on)::int as year, extract(quarter from a.assessed_on)::int as quarter,
			       p.kind, avg(p.score) as average, count(distinct a.household_id) as households
			  from assessment_participant p join assessment a on a.id = p.assessment_id join helped using (household_id)
			 where p.score is not null and p.kind in ('FAMILY', 'PROFESSIONAL')
			   and a.assessed_on >= :fromDay and a.assessed_on < :toDay
			 group by 1, 2, 3 order by 1, 2, 3
			""";

	private IndependentMeasures() {
	}

	/**
	 * The measures by their JSON names, per household figures divided as Kernteam does.
	 */
	static Map<String, Object> of(JdbcClient jdbc, UUID organisation, LocalDate fromDay, LocalDate toDay) {
		return jdbc.sql(MEASURES)
			.param("org", organisation)
			.param("from", start(fromDay))
			.param("to", start(toDay))
			.param("fromDay", fromDay)
			.param("toDay", toDay)
			.query((rs, row) -> {
				var m = new LinkedHashMap<String, Object>();
				int households = rs.getInt("households");
				double n = Math.max(households, 1);
				m.put("households", households);
				m.put("handoversPerHousehold", rs.getLong("handovers") / n);
				m.put("professionalsPerHousehold", rs.getLong("professionals") / n);
				m.put("organisationsPerHousehold", rs.getLong("organisations") / n);
				m.put("medianDaysToFirstAssessment",
						rs.getObject("days_assessment") == null ? null : rs.getDouble("days_assessment"));
				m.put("medianDaysToFirstAgreement",
						rs.getObject("days_agreement") == null ? null : rs.getDouble("days_agreement"));
				m.put("closed", rs.getInt("closed"));
				m.put("withCourtOrder", rs.getInt("court"));
				m.put("heardAverage", rs.getObject("heard") == null ? null : rs.getDouble("heard"));
				m.put("heardAnswers", rs.getInt("heard_answers"));
				m.put("reflections", rs.getInt("reflections"));
				m.put("intervisions", rs.getInt("intervisions"));
				return (Map<String, Object>) m;
			})
			.single();
	}

	/** Per quarter and side: "2026 K4 FAMILY" → {average, households}. */
	static Map<String, double[]> scales(JdbcClient jdbc, UUID organisation, LocalDate fromDay, LocalDate toDay) {
		var scales = new LinkedHashMap<String, double[]>();
		List<Object[]> rows = jdbc.sql(SCALES)
			.param("org", organisation)
			.param("from", start(fromDay))
			.param("to", start(toDay))
			.param("fromDay", fromDay)
			.param("toDay", toDay)
			.query((rs,
					row) -> new Object[] { rs.getInt("year") + " K" + rs.getInt("quarter") + " " + rs.getString("kind"),
							rs.getDouble("average"), rs.getInt("households") })
			.list();
		for (var row : rows) {
			scales.put((String) row[0], new double[] { (double) row[1], (int) row[2] });
		}
		return scales;
	}

	private static Timestamp start(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(AmsterdamTime.ZONE).toInstant());
	}

}
