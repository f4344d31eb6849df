package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdPageSection;
import nl.kernteam.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Gezamenlijke oordeelsvorming" on the household page: the safety scale per participant over the household's
 * latest assessments as a chart with its table, and the way to the assessments. One query.
 */
@Component
class ScoreChartSection implements HouseholdPageSection {

	static final int ASSESSMENTS_SHOWN = 12;

	private final HouseholdAccess access;

	private final JdbcClient jdbc;

	ScoreChartSection(HouseholdAccess access, JdbcClient jdbc) {
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String template() {
		return "assessment/section";
	}

	@Override
	public HouseholdItem item() {
		return HouseholdItem.ASSESSMENTS;
	}

	@Override
	@Transactional
	public Map<String, Object> model(Actor actor, HouseholdId household) {
		var grant = access.read(actor, household, "assessments");
		var total = new int[1];
		var rows = jdbc.sql("""
				with recent as (
				    select id, assessed_on, created_at, safety_judgement, count(*) over () as total
				      from assessment where household_id = :household
				     order by assessed_on desc, created_at desc limit :limit)
				select r.id, r.assessed_on, r.safety_judgement, r.total, p.name, p.kind, p.score,
				       coalesce(p.member_id::text, p.professional_id::text, p.kind || ':' || lower(p.name)) as participant_key
				  from recent r left join assessment_participant p on p.assessment_id = r.id and p.score is not null
				 order by r.assessed_on, r.created_at, r.id, p.position
				""")
			.param("household", household.value())
			.param("limit", ASSESSMENTS_SHOWN)
			.query((rs, row) -> {
				total[0] = rs.getInt("total");
				int score = rs.getInt("score");
				boolean scored = !rs.wasNull();
				return new ScoreChart.Row(rs.getObject("id", UUID.class), rs.getObject("assessed_on", LocalDate.class),
						AssessmentRepository.enumOf(SafetyJudgement.class, rs.getString("safety_judgement")),
						rs.getString("participant_key"), rs.getString("name"),
						AssessmentRepository.enumOf(ParticipantKind.class, rs.getString("kind")), scored ? score : null);
			})
			.list();
		var model = new HashMap<String, Object>();
		model.put("householdId", household.value());
		model.put("chart", ScoreChart.of(rows, total[0]));
		model.put("readOnly", grant.emergency());
		return model;
	}
}
