package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.ForbiddenException;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads assessments for pages, the API and other modules (the family plan links its goals
 * to danger statements). Each read goes through {@code HouseholdAccess}, so that only the
 * household's network reads and every read is logged: as {@code assessment:<id>} for one
 * assessment, as {@code assessments} for a list.
 *
 * @throws ForbiddenException when the actor is not in the household's network
 * @throws NotFoundException when the household, or the assessment in that household, does
 * not exist
 */
@Service
@Transactional
public class AssessmentQueries {

	private final AssessmentRepository assessments;

	private final VersionRepository versions;

	private final HouseholdAccess access;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AssessmentQueries(AssessmentRepository assessments, VersionRepository versions, HouseholdAccess access,
			JdbcClient jdbc, JsonMapper json) {
		this.assessments = assessments;
		this.versions = versions;
		this.access = access;
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The household's assessments, the latest first. The id goes in as a subquery, so
	 * that the statement is planned once (docs/ARCHITECTURE.md, "A statement planned
	 * once").
	 */
	public PageOf<AssessmentSummary> list(Actor actor, HouseholdId household, PageOf.Request page) {
		access.read(actor, household, "assessments");
		return PageOf.counted(page, request -> jdbc.sql("""
				select a.id, a.assessed_on, a.version, a.acute_unsafety, a.structural_unsafety, a.developmental_threat,
				       a.updated_at, u.name as updated_by_name,
				       (select count(*) from assessment_participant p where p.assessment_id = a.id) as participants,
				       (select count(*) from assessment_danger_statement d where d.assessment_id = a.id) as dangers,
				       count(*) over () as total
				  from assessment a join professional_profile u on u.id = a.updated_by
				 where a.household_id = (select cast(:household as uuid))
				 order by a.assessed_on desc, a.created_at desc
				 limit :limit offset :offset
				""")
			.param("household", household.value())
			.param("limit", request.size())
			.param("offset", request.offset())
			.query((rs, row) -> new PageOf.Counted<>(new AssessmentSummary(rs.getObject("id", UUID.class),
					rs.getObject("assessed_on", LocalDate.class), rs.getInt("version"), AssessmentRepository.safety(rs),
					rs.getInt("participants"), rs.getInt("dangers"), AssessmentRepository.instant(rs, "updated_at"),
					rs.getString("updated_by_name")), rs.getLong("total")))
			.list());
	}

	/** One assessment as stored now. */
	public AssessmentDetails details(Actor actor, HouseholdId household, AssessmentId id) {
		var grant = access.read(actor, household, "assessment:" + id);
		return assessments.load(id.value(), household.value(), grant.emergency())
			.orElseThrow(() -> new NotFoundException("assessment " + id));
	}

	/**
	 * Who saved which version when, newest first, each with what it changed from the
	 * version before.
	 */
	public PageOf<AssessmentVersion> history(Actor actor, HouseholdId household, AssessmentId id, PageOf.Request page) {
		access.read(actor, household, "assessment:" + id);
		var head = assessments.head(id.value())
			.filter(h -> h.householdId().equals(household.value()))
			.orElseThrow(() -> new NotFoundException("assessment " + id));
		var rows = this.versions.versions(id.value(), page.size() + 1, page.offset());
		var result = new ArrayList<AssessmentVersion>();
		for (int i = 0; i < Math.min(rows.size(), page.size()); i++) {
			var row = rows.get(i);
			List<Change> changes = i + 1 < rows.size()
					? DocumentChanges.between(document(rows.get(i + 1).document()), document(row.document()))
					: List.of();
			result.add(new AssessmentVersion(row.version(), row.savedAt(), row.savedByName(), changes));
		}
		return new PageOf<>(result, page.page(), page.size(), head.version());
	}

	/**
	 * For a refused stale save: the current state, and what changed since the version the
	 * save was based on.
	 */
	public AssessmentConflict conflict(Actor actor, HouseholdId household, AssessmentId id, int basedOn) {
		var current = details(actor, household, id);
		var base = versions.version(id.value(), basedOn).map(v -> document(v.document()));
		// at most the last 50 saves: a far-off or negative version must not load every
		// stored document
		var since = versions
			.versions(id.value(), Math.min(50, Math.max(0, current.version() - Math.max(1, basedOn))), 0)
			.stream()
			.filter(v -> v.version() > basedOn)
			.map(v -> new AssessmentVersion(v.version(), v.savedAt(), v.savedByName(), List.of()))
			.toList();
		return new AssessmentConflict(basedOn, current,
				base.map(b -> DocumentChanges.between(b, current.document())).orElse(List.of()), since);
	}

	/**
	 * The danger statements with their safety goals of the household's latest assessment
	 * (the latest date), with their stable ids; empty when the household has no
	 * assessment yet.
	 */
	public List<DangerStatementSummary> dangerStatements(Actor actor, HouseholdId household) {
		var latest = assessments.latest(household.value());
		access.read(actor, household, latest.map(id -> "assessment:" + id).orElse("assessments"));
		if (latest.isEmpty()) {
			return List.of();
		}
		UUID id = latest.get();
		LocalDate date = assessedOn(id);
		return assessments.loadDangerStatements(id)
			.stream()
			.map(d -> new DangerStatementSummary(d.id(), id, date, d.text(), d.safetyGoal(), d.explanation()))
			.toList();
	}

	/**
	 * The next steps ("what needs to happen") of the household's latest assessment, with
	 * their stable ids; empty when the household has no assessment yet.
	 */
	public List<NextStepSummary> nextSteps(Actor actor, HouseholdId household) {
		var latest = assessments.latestDated(household.value());
		access.read(actor, household, latest.map(dated -> "assessment:" + dated.id()).orElse("assessments"));
		if (latest.isEmpty()) {
			return List.of();
		}
		UUID id = latest.get().id();
		LocalDate date = latest.get().assessedOn();
		return assessments.loadNextSteps(id)
			.stream()
			.map(i -> new NextStepSummary(i.id(), id, date, i.text(), i.owner(), i.dueDate()))
			.toList();
	}

	/**
	 * Whether the assessment belongs to this household. For a module whose caller has
	 * already checked and logged its access to the household through
	 * {@code HouseholdAccess} (the plan, linking an evaluation): it reads no content.
	 */
	public boolean isAssessmentOf(HouseholdId household, UUID assessment) {
		return assessments.head(assessment).filter(h -> h.householdId().equals(household.value())).isPresent();
	}

	/**
	 * Whether the danger statement is in this household's assessment (a plan goal
	 * answering it); as above.
	 */
	public boolean isDangerStatementOf(HouseholdId household, UUID assessment, UUID dangerStatement) {
		return assessments.holdsDangerStatement(household.value(), assessment, dangerStatement);
	}

	private LocalDate assessedOn(UUID id) {
		return jdbc.sql("select assessed_on from assessment where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
	}

	AssessmentDocument document(String stored) {
		return json.readerFor(AssessmentDocument.class)
			.without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.readValue(stored);
	}

}
