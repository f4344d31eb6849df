package nl.kernteam.assessment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Fact;
import nl.kernteam.assessment.AssessmentDocument.FamilyView;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saves an assessment: its head row (created once, then updated only from the version it
 * was read at) and the normalised parts of the current document, which a save replaces as
 * a whole; the ids inside the document keep elements stable. Reading is
 * {@link AssessmentRepository}'s, the versions are {@link VersionRepository}'s.
 */
@Repository
class AssessmentSaveRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	AssessmentSaveRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * @return false when an assessment with this id exists already (a repeated submit)
	 */
	boolean insert(UUID id, UUID household, AssessmentDocument document, UUID by, Instant at) {
		return head(
				jdbc.sql(
						"""
								insert into assessment (id, household_id, assessed_on, acute_unsafety, structural_unsafety, developmental_threat,
								                        rationale, explanatory_analysis,
								                        version, created_at, created_by, updated_at, updated_by)
								values (:id, :household, :date, :acute, :structural, :developmentalThreat, :rationale, :analysis, 1, :at, :by, :at, :by)
								on conflict (id) do nothing
								"""),
				id, household, document, by, at)
			.update() == 1;
	}

	/**
	 * @return the new version, or empty when the version was stale
	 */
	Optional<Integer> update(UUID id, UUID household, int version, AssessmentDocument document, UUID by, Instant at) {
		return head(jdbc.sql("""
				update assessment
				   set assessed_on = :date, acute_unsafety = :acute, structural_unsafety = :structural,
				       developmental_threat = :developmentalThreat, rationale = :rationale,
				       explanatory_analysis = :analysis, version = version + 1, updated_at = :at, updated_by = :by
				 where id = :id and household_id = :household and version = :version
				returning version
				"""), id, household, document, by, at).param("version", version).query(Integer.class).optional();
	}

	/** The head row's values from the document, and who saves it when. */
	private static JdbcClient.StatementSpec head(JdbcClient.StatementSpec sql, UUID id, UUID household,
			AssessmentDocument document, UUID by, Instant at) {
		return sql.param("id", id)
			.param("household", household)
			.param("date", document.date())
			.param("acute", document.safety() == null ? null : document.safety().acute())
			.param("structural", document.safety() == null ? null : document.safety().structural())
			.param("developmentalThreat", document.safety() == null ? null : document.safety().developmentalThreat())
			.param("rationale", document.rationale())
			.param("analysis", document.explanatoryAnalysis())
			.param("at", Timestamp.from(at))
			.param("by", by);
	}

	/** Writes the parts of the document in place of the stored ones. */
	void replaceParts(UUID id, AssessmentDocument document) {
		for (String delete : List.of("delete from assessment_participant where assessment_id = ?",
				"delete from assessment_fact where assessment_id = ?",
				"delete from assessment_item where assessment_id = ?",
				"delete from assessment_danger_statement where assessment_id = ?",
				"delete from assessment_key_decision where assessment_id = ?",
				"delete from assessment_explanation where assessment_id = ?")) {
			batch.update(delete, id);
		}
		insertParticipants(id, document);
		var facts = new ArrayList<Object[]>();
		for (int i = 0; i < document.facts().size(); i++) {
			Fact f = document.facts().get(i);
			facts.add(new Object[] { id, f.id(), i, f.text(), f.source(), f.certainty().name() });
		}
		batch.batchUpdate(
				"""
						insert into assessment_fact (assessment_id, id, position, text, source, certainty) values (?, ?, ?, ?, ?, ?)
						""",
				facts);
		var items = new ArrayList<Object[]>();
		addItems(items, id, "WORRY", document.worries());
		addItems(items, id, "STRENGTH", document.strengths());
		addItems(items, id, "NEXT_STEP", document.nextSteps());
		batch.batchUpdate(
				"""
						insert into assessment_item (assessment_id, id, section, position, kind, text, explanation, owner, due_on)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				items);
		var dangers = new ArrayList<Object[]>();
		for (int i = 0; i < document.dangerStatements().size(); i++) {
			DangerStatement d = document.dangerStatements().get(i);
			dangers.add(new Object[] { id, d.id(), i, d.text(), d.safetyGoal(), d.explanation() });
		}
		batch.batchUpdate("""
				insert into assessment_danger_statement (assessment_id, id, position, text, safety_goal, explanation)
				values (?, ?, ?, ?, ?, ?)
				""", dangers);
		insertDecisions(id, document);
		var explanations = new ArrayList<Object[]>();
		for (Part part : Part.values()) {
			String text = document.explanations().of(part);
			if (text != null && !text.isBlank()) {
				explanations.add(new Object[] { id, part.name(), text });
			}
		}
		batch.batchUpdate("insert into assessment_explanation (assessment_id, part, text) values (?, ?, ?)",
				explanations);
	}

	private void insertParticipants(UUID id, AssessmentDocument document) {
		var rows = new ArrayList<Object[]>();
		for (int i = 0; i < document.participants().size(); i++) {
			Participant p = document.participants().get(i);
			Score score = document.scores()
				.stream()
				.filter(s -> p.id().equals(s.participantId()))
				.findFirst()
				.orElse(null);
			rows.add(new Object[] { id, p.id(), i, p.name(), p.kind().name(), p.memberId(), p.professionalId(),
					p.view(), score == null ? null : score.score(), score == null ? null : score.note() });
		}
		batch.batchUpdate("""
				insert into assessment_participant (assessment_id, id, position, name, kind, member_id, professional_id,
				                                    view, score, score_note)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
	}

	private void insertDecisions(UUID id, AssessmentDocument document) {
		var rows = new ArrayList<Object[]>();
		for (int i = 0; i < document.keyDecisions().size(); i++) {
			KeyDecision d = document.keyDecisions().get(i);
			FamilyView view = d.familyView();
			rows.add(new Object[] { id, d.id(), i, d.kind().name(), d.decision(), d.rationale(), d.challengedBy(),
					d.challengeNote(), view == null ? null : AssessmentRepository.name(view.position()),
					view == null ? null : view.words(), d.explanation(), d.recordedBy(),
					Timestamp.from(d.recordedAt()) });
		}
		batch.batchUpdate(
				"""
						insert into assessment_key_decision (assessment_id, id, position, kind, decision, rationale, challenged_by,
						                                     challenge_note, family_position, family_words, explanation,
						                                     recorded_by, recorded_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				rows);
	}

	private static void addItems(List<Object[]> rows, UUID id, String section, List<Item> items) {
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			rows.add(new Object[] { id, item.id(), section, i, AssessmentRepository.name(item.kind()), item.text(),
					item.explanation(), item.owner(), item.dueDate() });
		}
	}

	/**
	 * The household's current members, whom a document may name (household's published
	 * view).
	 */
	Set<UUID> currentMembers(UUID household) {
		return new HashSet<>(jdbc.sql("select id from current_member where household_id = :household")
			.param("household", household)
			.query(UUID.class)
			.list());
	}

}
