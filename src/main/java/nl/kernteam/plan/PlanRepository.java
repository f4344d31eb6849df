package nl.kernteam.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.plan.PlanDetails.Agreement;
import nl.kernteam.plan.PlanDetails.Evaluation;
import nl.kernteam.plan.PlanDetails.FamilyView;
import nl.kernteam.plan.PlanDetails.Goal;
import nl.kernteam.plan.PlanDetails.Progress;
import nl.kernteam.plan.PlanDetails.Version;
import nl.kernteam.household.LifeDomain;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves a household's plan and its parts. */
@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record PlanRow(PlanPhase phase, String familyWords, int version) {
	}

	Optional<PlanRow> plan(UUID household) {
		return jdbc.sql("select phase, family_words, version from plan where household_id = :household")
			.param("household", household)
			.query((rs, row) -> new PlanRow(PlanPhase.valueOf(rs.getString("phase")), rs.getString("family_words"),
					rs.getInt("version")))
			.optional();
	}

	/** Starts the plan if it does not exist yet. */
	void ensure(UUID household, UUID by, Instant now) {
		jdbc.sql("""
				insert into plan (household_id, phase, created_at, created_by, updated_at, updated_by)
				values (:household, 'SAFETY_CONDITIONS', :now, :by, :now, :by)
				on conflict (household_id) do nothing
				""")
			.param("household", household)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** @return false when the version was stale */
	boolean updatePlan(UUID household, PlanPhase phase, String familyWords, int version, UUID by, Instant now) {
		return jdbc.sql("""
				update plan set phase = :phase, family_words = :words, version = version + 1, updated_at = :now, updated_by = :by
				 where household_id = :household and version = :version
				""")
			.param("household", household)
			.param("phase", phase.name())
			.param("words", familyWords)
			.param("version", version)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** Moves the phase without a version check (an evaluation decides it) and counts it as a change. */
	void movePhase(UUID household, PlanPhase phase, UUID by, Instant now) {
		jdbc.sql("update plan set phase = :phase, version = version + 1, updated_at = :now, updated_by = :by where household_id = :household")
			.param("household", household)
			.param("phase", phase.name())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	void touch(UUID household, UUID by, Instant now) {
		jdbc.sql("update plan set updated_at = :now, updated_by = :by where household_id = :household")
			.param("household", household)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean insertGoal(UUID id, UUID household, AddGoal goal, UUID by, Instant now) {
		return jdbc.sql("""
				insert into plan_goal (id, household_id, text, explanation, danger_statement_id, assessment_id, position, created_at,
				                       created_by, life_domain)
				values (:id, :household, :text, :explanation, :danger, :assessment,
				        (select coalesce(max(position), 0) + 1 from plan_goal where household_id = :household), :now, :by, :domain)
				on conflict (id) do nothing
				""")
			.param("domain", goal.lifeDomain() == null ? null : goal.lifeDomain().name())
			.param("id", id)
			.param("household", household)
			.param("text", goal.text().trim())
			.param("explanation", blankToNull(goal.explanation()))
			.param("danger", goal.dangerStatementId())
			.param("assessment", goal.assessmentId())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** @return rows changed: 0 means unknown goal or stale version */
	boolean updateGoal(UUID household, UUID goal, UpdateGoal update) {
		return jdbc.sql("""
				update plan_goal set text = :text, explanation = :explanation, version = version + 1
				 where id = :id and household_id = :household and version = :version and removed_at is null
				""")
			.param("id", goal)
			.param("household", household)
			.param("text", update.text().trim())
			.param("explanation", blankToNull(update.explanation()))
			.param("version", update.version())
			.update() == 1;
	}

	/** Whether the danger statement belongs to an assessment of this household. */
	boolean dangerStatementOf(UUID household, UUID assessment, UUID dangerStatement) {
		return jdbc.sql("""
				select exists (select 1 from assessment_danger_statement d join assessment a on a.id = d.assessment_id
				                where a.household_id = :household and a.id = :assessment and d.id = :danger)
				""")
			.param("household", household)
			.param("assessment", assessment)
			.param("danger", dangerStatement)
			.query(Boolean.class)
			.single();
	}

	boolean assessmentOf(UUID household, UUID assessment) {
		return exists(jdbc.sql("select exists (select 1 from assessment where id = :id and household_id = :household)"),
				household, assessment);
	}

	boolean evaluationExists(UUID household, UUID evaluation) {
		return exists(jdbc.sql("select exists (select 1 from plan_evaluation where id = :id and household_id = :household)"),
				household, evaluation);
	}

	/** Whether a row with this id belongs to this household (a foreign id never does). */
	private static boolean exists(JdbcClient.StatementSpec statement, UUID household, UUID id) {
		return statement.param("id", id)
			.param("household", household)
			.query(Boolean.class)
			.single();
	}

	/** The stored owner of an agreement, to keep it when someone who left the network still owns it. */
	Optional<Owner> owner(UUID household, UUID agreement) {
		return jdbc.sql("""
				select owner_kind, coalesce(owner_member_id, owner_involvement_id, owner_professional_id) as owner_id, owner_name
				  from plan_agreement where id = :id and household_id = :household
				""")
			.param("id", agreement)
			.param("household", household)
			.query((rs, row) -> new Owner(OwnerKind.valueOf(rs.getString("owner_kind")), rs.getObject("owner_id", UUID.class),
					rs.getString("owner_name"), null))
			.optional();
	}

	boolean goalExists(UUID household, UUID goal) {
		return exists(jdbc.sql("""
				select exists (select 1 from plan_goal where id = :id and household_id = :household and removed_at is null)
				"""), household, goal);
	}

	boolean agreementExists(UUID household, UUID agreement) {
		return exists(jdbc.sql("""
				select exists (select 1 from plan_agreement where id = :id and household_id = :household and removed_at is null)
				"""), household, agreement);
	}

	boolean insertAgreement(UUID id, UUID household, UUID goal, String description, Owner owner, LocalDate due, UUID by,
			Instant now) {
		return jdbc.sql("""
				insert into plan_agreement (id, household_id, goal_id, description, owner_kind, owner_member_id,
				    owner_involvement_id, owner_professional_id, owner_name, due_date, created_at, created_by, updated_at, updated_by)
				values (:id, :household, :goal, :description, :kind, :member, :involvement, :professional, :name, :due,
				        :now, :by, :now, :by)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("goal", goal)
			.param("description", description.trim())
			.param("kind", owner.kind().name())
			.param("member", PlanOwners.idOf(owner, OwnerKind.FAMILY_MEMBER))
			.param("involvement", PlanOwners.idOf(owner, OwnerKind.INFORMAL))
			.param("professional", PlanOwners.idOf(owner, OwnerKind.PROFESSIONAL))
			.param("name", owner.name())
			.param("due", due == null ? null : Date.valueOf(due))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** @return false when the agreement is unknown or the version stale */
	boolean updateAgreement(UUID household, UUID agreement, UpdateAgreement update, Owner owner, UUID by, Instant now) {
		return jdbc.sql("""
				update plan_agreement
				   set goal_id = :goal, description = :description, owner_kind = :kind, owner_member_id = :member,
				       owner_involvement_id = :involvement, owner_professional_id = :professional, owner_name = :name,
				       due_date = :due,
				       status_changed_at = case when status <> :status then :now else status_changed_at end,
				       status = :status, version = version + 1, updated_at = :now, updated_by = :by
				 where id = :id and household_id = :household and version = :version and removed_at is null
				""")
			.param("id", agreement)
			.param("household", household)
			.param("goal", update.goalId())
			.param("description", update.description().trim())
			.param("kind", owner.kind().name())
			.param("member", PlanOwners.idOf(owner, OwnerKind.FAMILY_MEMBER))
			.param("involvement", PlanOwners.idOf(owner, OwnerKind.INFORMAL))
			.param("professional", PlanOwners.idOf(owner, OwnerKind.PROFESSIONAL))
			.param("name", owner.name())
			.param("due", update.dueDate() == null ? null : Date.valueOf(update.dueDate()))
			.param("status", update.status().name())
			.param("version", update.version())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** @return false when a note with this id exists already */
	boolean insertProgress(UUID id, UUID agreement, String text, String onBehalfOf, UUID by, Instant now) {
		return jdbc.sql("""
				insert into plan_progress (id, agreement_id, text, on_behalf_of, recorded_by, recorded_at)
				values (:id, :agreement, :text, :onBehalfOf, :by, :now)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("agreement", agreement)
			.param("text", text.trim())
			.param("onBehalfOf", blankToNull(onBehalfOf))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	boolean insertEvaluation(UUID id, UUID household, LocalDate plannedOn, UUID by, Instant now) {
		return jdbc.sql("""
				insert into plan_evaluation (id, household_id, planned_on, created_at, created_by)
				values (:id, :household, :plannedOn, :now, :by)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("plannedOn", Date.valueOf(plannedOn))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<Evaluation> evaluation(UUID household, UUID evaluation) {
		return evaluations(household).stream().filter(e -> e.id().equals(evaluation)).findFirst();
	}

	/** Claims the evaluation as held; false when it was held already (also by a request at the same moment). */
	boolean holdEvaluation(UUID household, UUID evaluation, LocalDate heldOn, UUID assessment, String notes,
			PlanPhase before, PlanPhase after) {
		return jdbc.sql("""
				update plan_evaluation set held_on = :heldOn, assessment_id = :assessment, notes = :notes,
				       phase_before = :before, phase_after = :after
				 where id = :id and household_id = :household and held_on is null
				""")
			.param("id", evaluation)
			.param("household", household)
			.param("heldOn", Date.valueOf(heldOn))
			.param("assessment", assessment)
			.param("notes", blankToNull(notes))
			.param("before", before.name())
			.param("after", after.name())
			.update() == 1;
	}

	void linkVersion(UUID evaluation, int versionNumber) {
		jdbc.sql("update plan_evaluation set version_number = :version where id = :id")
			.param("id", evaluation)
			.param("version", versionNumber)
			.update();
	}

	int freeze(UUID household, PlanPhase phase, String document, UUID evaluation, UUID by, Instant now) {
		return jdbc.sql("""
				insert into plan_version (household_id, number, phase, document, frozen_at, frozen_by, evaluation_id)
				values (:household, (select coalesce(max(number), 0) + 1 from plan_version where household_id = :household),
				        :phase, cast(:document as jsonb), :now, :by, :evaluation)
				returning number
				""")
			.param("household", household)
			.param("phase", phase.name())
			.param("document", document)
			.param("evaluation", evaluation)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.query(Integer.class)
			.single();
	}

	boolean versionExists(UUID household, int number) {
		return jdbc.sql("select exists (select 1 from plan_version where household_id = :household and number = :number)")
			.param("household", household)
			.param("number", number)
			.query(Boolean.class)
			.single();
	}

	Optional<String> versionDocument(UUID household, int number) {
		return jdbc.sql("select document::text from plan_version where household_id = :household and number = :number")
			.param("household", household)
			.param("number", number)
			.query(String.class)
			.optional();
	}

	/** @return false when a view with this id exists already (a repeated submit) */
	boolean insertFamilyView(UUID id, UUID household, int number, String memberName, boolean agrees, String words, UUID by,
			Instant now) {
		return jdbc.sql("""
				insert into plan_family_view (id, household_id, version_number, member_name, agrees, words, recorded_at, recorded_by)
				values (:id, :household, :number, :member, :agrees, :words, :now, :by)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("number", number)
			.param("member", memberName.trim())
			.param("agrees", agrees)
			.param("words", blankToNull(words))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	List<Goal> goals(UUID household) {
		return jdbc.sql("""
				select g.id, g.text, g.explanation, g.danger_statement_id, g.assessment_id, g.version, d.text as danger,
				       g.life_domain
				  from plan_goal g
				  left join assessment a on a.id = g.assessment_id and a.household_id = g.household_id
				  left join assessment_danger_statement d on d.assessment_id = a.id and d.id = g.danger_statement_id
				 where g.household_id = :household and g.removed_at is null
				 order by g.life_domain is not null, g.life_domain, g.position, g.id
				""")
			.param("household", household)
			.query((rs, row) -> new Goal(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("explanation"),
					rs.getObject("danger_statement_id", UUID.class), rs.getObject("assessment_id", UUID.class),
					rs.getString("danger"), rs.getInt("version"),
					rs.getString("life_domain") == null ? null : LifeDomain.valueOf(rs.getString("life_domain"))))
			.list();
	}

	/** The agreements with their progress notes: two queries, no matter how many agreements. */
	List<Agreement> agreements(UUID household, LocalDate today) {
		Map<UUID, List<Progress>> progress = new HashMap<>();
		jdbc.sql("""
				select p.agreement_id, p.text, p.on_behalf_of, r.name, p.recorded_at
				  from plan_progress p join plan_agreement a on a.id = p.agreement_id
				  join professional r on r.id = p.recorded_by
				 where a.household_id = :household order by p.recorded_at
				""")
			.param("household", household)
			.query((rs, row) -> progress.computeIfAbsent(rs.getObject("agreement_id", UUID.class), k -> new ArrayList<>())
				.add(new Progress(rs.getString("text"), rs.getString("on_behalf_of"), rs.getString("name"),
						rs.getTimestamp("recorded_at").toInstant())))
			.list();
		return jdbc.sql("""
				select id, goal_id, description, owner_name, owner_kind,
				       coalesce(owner_member_id, owner_involvement_id, owner_professional_id) as owner_id,
				       due_date, status, version
				  from plan_agreement where household_id = :household and removed_at is null
				 order by due_date nulls last, created_at, id
				""")
			.param("household", household)
			.query((rs, row) -> agreement(rs, today, progress))
			.list();
	}

	static Agreement agreement(ResultSet rs, LocalDate today, Map<UUID, List<Progress>> progress) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		LocalDate due = rs.getObject("due_date", LocalDate.class);
		AgreementStatus status = AgreementStatus.valueOf(rs.getString("status"));
		return new Agreement(id, rs.getObject("goal_id", UUID.class), rs.getString("description"),
				rs.getString("owner_name"), OwnerKind.valueOf(rs.getString("owner_kind")), rs.getObject("owner_id", UUID.class),
				due, status, rs.getInt("version"), status == AgreementStatus.OPEN && due != null && due.isBefore(today),
				progress.getOrDefault(id, List.of()));
	}

	List<Evaluation> evaluations(UUID household) {
		return jdbc.sql("""
				select id, planned_on, held_on, assessment_id, notes, phase_before, phase_after, version_number
				  from plan_evaluation where household_id = :household order by planned_on, id
				""")
			.param("household", household)
			.query((rs, row) -> new Evaluation(rs.getObject("id", UUID.class), rs.getObject("planned_on", LocalDate.class),
					rs.getObject("held_on", LocalDate.class), rs.getObject("assessment_id", UUID.class), rs.getString("notes"),
					phase(rs.getString("phase_before")), phase(rs.getString("phase_after")),
					(Integer) rs.getObject("version_number")))
			.list();
	}

	List<Version> versions(UUID household) {
		Map<Integer, List<FamilyView>> views = new HashMap<>();
		jdbc.sql("""
				select v.version_number, v.member_name, v.agrees, v.words, v.recorded_at, p.name
				  from plan_family_view v join professional p on p.id = v.recorded_by
				 where v.household_id = :household order by v.recorded_at
				""")
			.param("household", household)
			.query((rs, row) -> views.computeIfAbsent(rs.getInt("version_number"), k -> new ArrayList<>())
				.add(new FamilyView(rs.getString("member_name"), rs.getBoolean("agrees"), rs.getString("words"),
						rs.getTimestamp("recorded_at").toInstant(), rs.getString("name"))))
			.list();
		return jdbc.sql("""
				select v.number, v.phase, v.frozen_at, p.name from plan_version v join professional p on p.id = v.frozen_by
				 where v.household_id = :household order by v.number desc
				""")
			.param("household", household)
			.query((rs, row) -> new Version(rs.getInt("number"), PlanPhase.valueOf(rs.getString("phase")),
					rs.getTimestamp("frozen_at").toInstant(), rs.getString("name"), views.getOrDefault(rs.getInt("number"), List.of())))
			.list();
	}

	private static PlanPhase phase(String value) {
		return value == null ? null : PlanPhase.valueOf(value);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
