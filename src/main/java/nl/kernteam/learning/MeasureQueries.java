package nl.kernteam.learning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The measures of one organisation over a period, in one query over the views other
 * modules publish (network's history of involvements and contact persons, the
 * registration, joint assessments and their key decisions, closures, "Ik ben gehoord").
 */
@Repository
class MeasureQueries {

	private final JdbcClient jdbc;

	MeasureQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Measures measures(UUID organisation, LocalDate fromDay, LocalDate toDay, Timestamp from, Timestamp to) {
		return jdbc
			.sql("""
					with helped as (
					    select distinct i.household_id from involvement_history i
					     where i.organisation_id = :organisation and i.started_at < :to
					       and (i.ended_at is null or i.ended_at >= :from)
					), handovers as (
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
					)
					select (select count(*) from helped) as households,
					       (select n from handovers) as handovers,
					       (select professionals from people) as professionals,
					       (select organisations from people) as organisations,
					       (select percentile_cont(0.5) within group (order by days) from first_assessment) as median_days,
					       (select count(*) from closed_household c join helped h on h.household_id = c.household_id
					         where c.closed_at >= :from and c.closed_at < :to) as closed,
					       (select count(distinct o.household_id) from court_order_of_child o
					          join helped h on h.household_id = o.household_id
					         where o.starts_on < :toDay and o.current_ends_on >= :fromDay) as with_court_order,
					       (select avg(f.score) from family_heard f join helped h on h.household_id = f.household_id
					         where f.recorded_at >= :from and f.recorded_at < :to) as heard_average,
					       (select count(*) from family_heard f join helped h on h.household_id = f.household_id
					         where f.recorded_at >= :from and f.recorded_at < :to) as heard_answers,
					       (select count(*) from reflection r where r.organisation_id = :organisation
					         and r.reflected_on >= :fromDay and r.reflected_on < :toDay) as reflections,
					       (select count(*) from intervision v where v.organisation_id = :organisation
					         and v.held_on >= :fromDay and v.held_on < :toDay) as intervisions
					""")
			.param("organisation", organisation)
			.param("from", from)
			.param("to", to)
			.param("toDay", toDay)
			.param("fromDay", fromDay)
			.query((rs, row) -> {
				int households = rs.getInt("households");
				double n = Math.max(households, 1);
				return new Measures(organisation, fromDay, toDay, false, households, rs.getLong("handovers") / n,
						rs.getLong("professionals") / n, rs.getLong("organisations") / n,
						rs.getObject("median_days") == null ? null : rs.getDouble("median_days"), rs.getInt("closed"),
						rs.getInt("with_court_order"),
						rs.getObject("heard_average") == null ? null : rs.getDouble("heard_average"),
						rs.getInt("heard_answers"), rs.getInt("reflections"), rs.getInt("intervisions"));
			})
			.single();
	}

}
