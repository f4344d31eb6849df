package nl.kernteam.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.assessment.AssessmentPages.Informal;
import nl.kernteam.assessment.AssessmentPages.Member;
import nl.kernteam.assessment.AssessmentPages.Professional;
import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The read model of the assessment pages besides the document: who can take part in an
 * assessment or challenge a decision, and the safety scales for the chart on the
 * household page. Callers check access and log the read.
 */
@Repository
class AssessmentChoiceQueries {

	private final JdbcClient jdbc;

	AssessmentChoiceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Challengers stored on key decisions, by id, whether or not they are still offered.
	 */
	List<Professional> professionals(String[] ids) {
		return jdbc.sql("""
				select p.id, p.name, coalesce(o.name, '') as organisation_name,
				       'BEHAVIOURAL_SCIENTIST' = any (p.roles) as scientist
				  from professional_profile p left join organisation_profile o on o.id = p.organisation_id
				 where p.id = any (cast(:ids as uuid[]))
				""").param("ids", ids).query(AssessmentChoiceQueries::professional).list();
	}

	/** The household's current members, in their order. */
	List<Member> members(UUID household) {
		return jdbc.sql("""
				select id, given_name || ' ' || family_name as name, role, birth_date from current_member
				 where household_id = :household order by position
				""")
			.param("household", household)
			.query((rs, row) -> new Member(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("role"),
					rs.getObject("birth_date", LocalDate.class)))
			.list();
	}

	/** The professionals involved with the household now, by name. */
	List<Professional> involved(UUID household) {
		return jdbc.sql("""
				select p.id, p.name, o.name as organisation_name, 'BEHAVIOURAL_SCIENTIST' = any (p.roles) as scientist
				  from current_involvement i join professional_profile p on p.id = i.professional_id
				  join organisation_profile o on o.id = p.organisation_id
				 where i.household_id = :household
				 order by p.name
				""").param("household", household).query(AssessmentChoiceQueries::professional).list();
	}

	/** The household's informal network, in the order they joined. */
	List<Informal> informal(UUID household) {
		return jdbc.sql("""
				select person_name, relation from current_involvement
				 where household_id = :household and person_name is not null
				 order by started_at
				""")
			.param("household", household)
			.query((rs, row) -> new Informal(rs.getString("person_name"), rs.getString("relation")))
			.list();
	}

	/** The first 100 active behavioural scientists, by name. */
	List<Professional> behaviouralScientists() {
		return jdbc.sql("""
				select p.id, p.name, o.name as organisation_name from professional_profile p
				  join organisation_profile o on o.id = p.organisation_id
				 where 'BEHAVIOURAL_SCIENTIST' = any (p.roles) and p.active
				 order by p.name limit 100
				""")
			.query((rs, row) -> new Professional(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("organisation_name"), true))
			.list();
	}

	private static Professional professional(ResultSet rs, int row) throws SQLException {
		return new Professional(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("organisation_name"),
				rs.getBoolean("scientist"));
	}

	/** Whether the household has an assessment already. */
	boolean anyAssessment(UUID household) {
		return jdbc.sql("select exists (select 1 from assessment where household_id = :household)")
			.param("household", household)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The safety scales of the household's latest assessments, one query, and how many
	 * assessments it has; read with the household page's other reads.
	 */
	Supplier<ScoreChart> scoreChart(UUID household, int limit, Reads reads) {
		var total = new int[1];
		var rows = reads
			.sql("""
					with recent as (
					    select id, assessed_on, created_at, acute_unsafety, structural_unsafety, developmental_threat, count(*) over () as total
					      from assessment where household_id = :household
					     order by assessed_on desc, created_at desc limit :limit)
					select r.id, r.assessed_on, r.acute_unsafety, r.structural_unsafety, r.developmental_threat, r.total, p.name, p.kind, p.score,
					       coalesce(p.member_id::text, p.professional_id::text, p.kind || ':' || lower(p.name)) as participant_key
					  from recent r left join assessment_participant p on p.assessment_id = r.id and p.score is not null
					 order by r.assessed_on, r.created_at, r.id, p.position
					""")
			.param("household", household)
			.param("limit", limit)
			.list((rs, row) -> {
				total[0] = rs.getInt("total");
				int score = rs.getInt("score");
				boolean scored = !rs.wasNull();
				return new ScoreChart.Row(rs.getObject("id", UUID.class), rs.getObject("assessed_on", LocalDate.class),
						AssessmentRepository.safety(rs), rs.getString("participant_key"), rs.getString("name"),
						AssessmentRepository.enumOf(ParticipantKind.class, rs.getString("kind")),
						scored ? score : null);
			});
		return () -> {
			var list = rows.get();
			return ScoreChart.of(list, total[0]);
		};
	}

}
