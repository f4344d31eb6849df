package nl.kernteam.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.DangerStatement;
import nl.kernteam.assessment.AssessmentDocument.Explanations;
import nl.kernteam.assessment.AssessmentDocument.Fact;
import nl.kernteam.assessment.AssessmentDocument.FamilyView;
import nl.kernteam.assessment.AssessmentDocument.Item;
import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.assessment.AssessmentDocument.Score;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads assessments: the head row, the household's latest, and the current document from
 * its normalised parts. Saving is {@link AssessmentSaveRepository}'s, the versions are
 * {@link VersionRepository}'s.
 */
@Repository
class AssessmentRepository {

	private final JdbcClient jdbc;

	AssessmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The household and creator of an assessment, whichever household it belongs to. */
	Optional<Head> head(UUID id) {
		return jdbc.sql("select household_id, created_by, version, updated_by from assessment where id = :id")
			.param("id", id)
			.query((rs, row) -> new Head(rs.getObject("household_id", UUID.class),
					rs.getObject("created_by", UUID.class), rs.getInt("version"),
					rs.getObject("updated_by", UUID.class)))
			.optional();
	}

	/** The assessment as stored now, when it belongs to this household. */
	Optional<AssessmentDetails> load(UUID id, UUID household, boolean readOnly) {
		var head = jdbc
			.sql("""
					select a.id, a.household_id, a.version, a.assessed_on, a.acute_unsafety, a.structural_unsafety,
					       a.developmental_threat, a.rationale,
					       a.explanatory_analysis, a.created_at, c.name as created_by_name, a.updated_at, u.name as updated_by_name
					  from assessment a join professional_profile c on c.id = a.created_by join professional_profile u on u.id = a.updated_by
					 where a.id = :id and a.household_id = :household
					""")
			.param("id", id)
			.param("household", household)
			.query((rs, row) -> new Meta(rs.getInt("version"), rs.getObject("assessed_on", LocalDate.class), safety(rs),
					rs.getString("rationale"), rs.getString("explanatory_analysis"), instant(rs, "created_at"),
					rs.getString("created_by_name"), instant(rs, "updated_at"), rs.getString("updated_by_name")))
			.optional();
		if (head.isEmpty()) {
			return Optional.empty();
		}
		Meta h = head.get();
		var participants = new ArrayList<Participant>();
		var scores = new ArrayList<Score>();
		loadParticipants(id, participants, scores);
		var items = loadItems(id);
		var document = new AssessmentDocument(h.date(), participants, loadFacts(id), items.get(0), items.get(1),
				items.get(2), loadDangerStatements(id), scores, h.safety(), null, h.rationale(), h.analysis(),
				loadDecisions(id), loadExplanations(id));
		return Optional.of(new AssessmentDetails(id, household, h.version(), document, h.createdAt(), h.createdBy(),
				h.updatedAt(), h.updatedBy(), readOnly, familyViews(id, household)));
	}

	/**
	 * The family's own views on the assessment and its key decisions, from the portal's
	 * published view, newest first.
	 */
	private List<AssessmentDetails.FamilyMemberView> familyViews(UUID id, UUID household) {
		return jdbc.sql("""
				select v.author_name, v.position, v.words, v.recorded_at, d.id as key_decision_id
				  from family_view v
				  left join assessment_key_decision d on v.about_kind = 'KEY_DECISION' and d.assessment_id = :id
				       and d.id::text = v.about_id
				 where v.household_id = :household
				   and ((v.about_kind = 'ASSESSMENT' and v.about_id = :idText) or d.id is not null)
				 order by v.recorded_at desc, v.id
				""")
			.param("id", id)
			.param("idText", id.toString())
			.param("household", household)
			.query((rs, row) -> new AssessmentDetails.FamilyMemberView(rs.getString("author_name"),
					rs.getString("position"), rs.getString("words"), instant(rs, "recorded_at"),
					rs.getObject("key_decision_id", UUID.class)))
			.list();
	}

	private record Meta(int version, LocalDate date, Safety safety, String rationale, String analysis,
			Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
	}

	private void loadParticipants(UUID id, List<Participant> participants, List<Score> scores) {
		jdbc.sql("""
				select id, name, kind, member_id, professional_id, view, score, score_note
				  from assessment_participant where assessment_id = :id order by position
				""").param("id", id).query((rs, row) -> {
			var participant = new Participant(rs.getObject("id", UUID.class), rs.getString("name"),
					ParticipantKind.valueOf(rs.getString("kind")), rs.getObject("member_id", UUID.class),
					rs.getObject("professional_id", UUID.class), rs.getString("view"));
			participants.add(participant);
			int score = rs.getInt("score");
			if (!rs.wasNull()) {
				scores.add(new Score(participant.id(), participant.name(), score, rs.getString("score_note")));
			}
			return participant;
		}).list();
	}

	private List<Fact> loadFacts(UUID id) {
		return jdbc
			.sql("select id, text, source, certainty from assessment_fact where assessment_id = :id order by position")
			.param("id", id)
			.query((rs, row) -> new Fact(rs.getObject("id", UUID.class), rs.getString("text"), rs.getString("source"),
					Certainty.valueOf(rs.getString("certainty"))))
			.list();
	}

	/** Worries, strengths and next steps, in that order. */
	private List<List<Item>> loadItems(UUID id) {
		List<List<Item>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		List<String> sections = List.of("WORRY", "STRENGTH", "NEXT_STEP");
		jdbc.sql("""
				select section, id, kind, text, explanation, owner, due_on
				  from assessment_item where assessment_id = :id order by section, position
				""")
			.param("id", id)
			.query((rs, row) -> lists.get(sections.indexOf(rs.getString("section")))
				.add(new Item(rs.getObject("id", UUID.class), enumOf(ItemKind.class, rs.getString("kind")),
						rs.getString("text"), rs.getString("explanation"), rs.getString("owner"),
						rs.getObject("due_on", LocalDate.class))))
			.list();
		return lists;
	}

	/** What needs to happen, in the assessment's order. */
	List<Item> loadNextSteps(UUID id) {
		return loadItems(id).get(2);
	}

	List<DangerStatement> loadDangerStatements(UUID id) {
		return jdbc.sql("""
				select id, text, safety_goal, explanation from assessment_danger_statement
				 where assessment_id = :id order by position
				""")
			.param("id", id)
			.query((rs, row) -> new DangerStatement(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getString("safety_goal"), rs.getString("explanation")))
			.list();
	}

	boolean holdsDangerStatement(UUID household, UUID assessment, UUID dangerStatement) {
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

	private List<KeyDecision> loadDecisions(UUID id) {
		return jdbc
			.sql("""
					select d.id, d.kind, d.decision, d.rationale, d.challenged_by, c.name as challenger_name, d.challenge_note,
					       d.family_position, d.family_words, d.explanation, d.recorded_by, r.name as recorder_name, d.recorded_at
					  from assessment_key_decision d
					  join professional_profile r on r.id = d.recorded_by
					  left join professional_profile c on c.id = d.challenged_by
					 where d.assessment_id = :id order by d.position
					""")
			.param("id", id)
			.query((rs, row) -> {
				FamilyPosition position = enumOf(FamilyPosition.class, rs.getString("family_position"));
				String words = rs.getString("family_words");
				return new KeyDecision(rs.getObject("id", UUID.class), DecisionKind.valueOf(rs.getString("kind")), null,
						rs.getString("decision"), rs.getString("rationale"), rs.getObject("challenged_by", UUID.class),
						rs.getString("challenger_name"), rs.getString("challenge_note"),
						position == null && words == null ? null : new FamilyView(position, words),
						rs.getString("explanation"), rs.getObject("recorded_by", UUID.class),
						rs.getString("recorder_name"), instant(rs, "recorded_at"));
			})
			.list();
	}

	private Explanations loadExplanations(UUID id) {
		var texts = new java.util.EnumMap<Part, String>(Part.class);
		jdbc.sql("select part, text from assessment_explanation where assessment_id = :id")
			.param("id", id)
			.query((rs, row) -> texts.put(Part.valueOf(rs.getString("part")), rs.getString("text")))
			.list();
		return Explanations.from(texts::get);
	}

	/**
	 * The household's latest assessment: the latest date, and of one day the last
	 * started.
	 */
	Optional<UUID> latest(UUID household) {
		return jdbc.sql("""
				select id from assessment where household_id = :household
				 order by assessed_on desc, created_at desc limit 1
				""").param("household", household).query(UUID.class).optional();
	}

	/** The household's latest assessment as {@link #latest}, with its date. */
	Optional<Dated> latestDated(UUID household) {
		return jdbc.sql("""
				select id, assessed_on from assessment where household_id = :household
				 order by assessed_on desc, created_at desc limit 1
				""").param("household", household).query(Dated.class).optional();
	}

	record Dated(UUID id, java.time.LocalDate assessedOn) {
	}

	record Head(UUID householdId, UUID createdBy, int version, UUID updatedBy) {
	}

	static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}

	/** The three questions of the judgement, or {@code null} while not judged. */
	static Safety safety(ResultSet rs) throws SQLException {
		Boolean acute = rs.getObject("acute_unsafety", Boolean.class);
		Boolean structural = rs.getObject("structural_unsafety", Boolean.class);
		return acute == null || structural == null ? null
				: new Safety(acute, structural, rs.getObject("developmental_threat", Boolean.class));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

}
