package nl.kernteam.learning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Case reviews and their steps; the history they start from, through published views. */
@Repository
class CaseReviewRepository {

	private final JdbcClient jdbc;

	CaseReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The household's history as steps, oldest first: registration, network changes,
	 * contact persons (handovers), joint assessments and their court measures, plan
	 * versions, expertise requests (with the type of organisation asked), reports and
	 * advice requests received, court orders and their extensions (safetyteam), the
	 * family's "Ik ben gehoord", closing and reopening. Informal network members are left
	 * out (their names are the family's).
	 */
	List<CaseReviewStep> history(UUID household) {
		return jdbc
			.sql("""
					with steps as (
					    select 'REGISTERED' as kind, r.created_at as at, null as detail, r.created_by as actor_id, null::uuid as subject_id
					      from household_registration r where r.household_id = :household
					    union all
					    select 'INVOLVEMENT_STARTED', i.started_at, i.role, i.started_by, i.professional_id
					      from involvement_history i where i.household_id = :household and i.professional_id is not null
					    union all
					    select 'INVOLVEMENT_ENDED', i.ended_at, i.role, i.ended_by, i.professional_id
					      from involvement_history i where i.household_id = :household and i.professional_id is not null and i.ended_at is not null
					    union all
					    select 'CONTACT_PERSON', c.started_at, null, c.started_by, c.professional_id
					      from contact_person_history c where c.household_id = :household
					    union all
					    select 'ASSESSMENT', a.created_at, coalesce(a.safety_judgement, 'UNJUDGED'), a.created_by, null
					      from assessment_meeting a where a.household_id = :household
					    union all
					    select 'COURT_MEASURE', a.created_at, null, a.created_by, null
					      from key_decision k join assessment_meeting a on a.id = k.assessment_id
					     where k.household_id = :household and k.kind = 'COURT_MEASURE'
					    union all
					    select 'PLAN_VERSION', v.frozen_at, v.phase, v.frozen_by, null
					      from plan_frozen_version v where v.household_id = :household
					    union all
					    select 'EXPERTISE_REQUESTED', e.requested_at, o.type, e.requested_by, null
					      from expertise_request_made e left join organisation_profile o on o.id = e.organisation_id
					     where e.household_id = :household
					    union all
					    select 'REPORT_RECEIVED', r.created_at, r.kind, r.created_by, null
					      from report_received r where r.household_id = :household
					    union all
					    select t.event, t.at, t.kind, t.created_by, null
					      from court_order_timeline t where t.household_id = :household
					    union all
					    select 'FAMILY_HEARD', f.recorded_at, f.score::text, null, null
					      from family_heard f where f.household_id = :household
					    union all
					    select 'CLOSED', c.closed_at, null, c.closed_by, null
					      from household_closing c where c.household_id = :household
					    union all
					    select 'REOPENED', c.reopened_at, null, null, null
					      from household_closing c where c.household_id = :household and c.reopened_at is not null
					)
					select s.*, a.name as actor_name, o.name as organisation_name, o.type as organisation_type, p.name as subject_name
					  from steps s left join professional_profile a on a.id = s.actor_id
					  left join organisation_profile o on o.id = a.organisation_id
					  left join professional_profile p on p.id = s.subject_id
					 order by s.at, s.kind
					""")
			.param("household", household)
			.query((rs, row) -> new CaseReviewStep(UUID.randomUUID(), row + 1, rs.getTimestamp("at").toInstant(),
					rs.getString("kind"), rs.getString("detail"), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), rs.getString("organisation_name"), rs.getString("organisation_type"),
					rs.getObject("subject_id", UUID.class), rs.getString("subject_name"), null, null))
			.list();
	}

	void insert(UUID id, UUID household, UUID by, Instant at, List<CaseReviewStep> steps) {
		jdbc.sql(
				"insert into case_review (id, household_id, created_at, created_by) values (:id, :household, :at, :by)")
			.param("id", id)
			.param("household", household)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
		for (var s : steps) {
			jdbc.sql("""
					insert into case_review_step (id, review_id, position, at, kind, detail, actor_id, actor_name,
					    organisation_name, organisation_type, subject_id, subject_name)
					values (:id, :review, :position, :at, :kind, :detail, :actor, :actorName, :organisation,
					    :organisationType, :subject, :subjectName)
					""")
				.param("id", s.id())
				.param("review", id)
				.param("position", s.position())
				.param("at", Timestamp.from(s.at()))
				.param("kind", s.kind())
				.param("detail", s.detail())
				.param("actor", s.actorId())
				.param("actorName", s.actorName())
				.param("organisation", s.organisationName())
				.param("organisationType", s.organisationType())
				.param("subject", s.subjectId())
				.param("subjectName", s.subjectName())
				.update();
		}
	}

	/** The review's household and lessons, if it exists. */
	Optional<CaseReviewHead> find(UUID review) {
		return jdbc.sql("select id, household_id, created_at, lessons from case_review where id = :id")
			.param("id", review)
			.query((rs, row) -> new CaseReviewHead(rs.getObject("id", UUID.class),
					rs.getObject("household_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
					rs.getString("lessons")))
			.optional();
	}

	List<CaseReviewStep> steps(UUID review) {
		return jdbc.sql("""
				select id, position, at, kind, detail, actor_id, actor_name, organisation_name, organisation_type,
				       subject_id, subject_name, brought, family_view
				  from case_review_step where review_id = :review order by position
				""")
			.param("review", review)
			.query((rs, row) -> new CaseReviewStep(rs.getObject("id", UUID.class), rs.getInt("position"),
					rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("detail"),
					rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getString("organisation_name"),
					rs.getString("organisation_type"), rs.getObject("subject_id", UUID.class),
					rs.getString("subject_name"), rs.getString("brought"), rs.getString("family_view")))
			.list();
	}

	/** The reviews of a household, newest first. */
	List<CaseReviewHead> ofHousehold(UUID household) {
		return jdbc.sql(
				"select id, household_id, created_at, lessons from case_review where household_id = :household order by created_at desc")
			.param("household", household)
			.query((rs, row) -> new CaseReviewHead(rs.getObject("id", UUID.class),
					rs.getObject("household_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
					rs.getString("lessons")))
			.list();
	}

	boolean updateStep(UUID review, UUID step, String brought, String familyView) {
		return jdbc.sql("""
				update case_review_step set brought = :brought, family_view = :familyView
				 where id = :step and review_id = :review
				""")
			.param("review", review)
			.param("step", step)
			.param("brought", brought)
			.param("familyView", familyView)
			.update() == 1;
	}

	void updateLessons(UUID review, String lessons) {
		jdbc.sql("update case_review set lessons = :lessons, version = version + 1 where id = :id")
			.param("id", review)
			.param("lessons", lessons)
			.update();
	}

	/** The names of the household's current members with their role, in their order. */
	List<String[]> members(UUID household) {
		return jdbc
			.sql("""
					select given_name, family_name, role from current_member where household_id = :household order by position
					""")
			.param("household", household)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.list();
	}

	String householdName(UUID household) {
		return jdbc.sql("select name from household_profile where id = :household")
			.param("household", household)
			.query(String.class)
			.single();
	}

}
