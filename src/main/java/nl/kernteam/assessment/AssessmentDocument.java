package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * The whole shared document of one assessment, as the API reads and writes it and as each
 * version stores it. Lists are never {@code null}. Every element carries a stable
 * {@code id}; the server assigns one to new elements, and a client that sends the
 * document back keeps them, so that danger statements (and everything else) can be
 * followed across versions.
 *
 * @param date the day of the assessment (the meeting with the family)
 * @param participants who took part, each with their view in their own words
 * @param facts facts with their source and certainty
 * @param worries what we are worried about: harm and complicating factors
 * @param strengths what works well: strengths and existing safety
 * @param nextSteps what needs to happen
 * @param dangerStatements danger statements, each paired with a safety goal
 * @param scores the 0–10 safety scale per participant (10: safe enough to close; 0: the
 * child cannot live at home); a score names its participant by {@code participantId} or
 * by {@code participant} (the name)
 * @param safety the safety judgement as three questions; {@code null} while not judged
 * yet
 * @param safetyJudgement the old single value, still accepted in its place (API version
 * 1) and answered as derived from {@code safety}, for compatibility; when both are given
 * they must agree
 * @param rationale why; required for acute or structural unsafety and a threat to
 * development
 * @param explanatoryAnalysis what is going on and why
 * @param keyDecisions decisions with rationale, challenge and the family's view
 * @param explanations a short plain-language (B1) explanation per part, for the family
 */
public record AssessmentDocument(@NotNull(message = "{assessment.date.required}") @PlausibleDate LocalDate date,
		@Size(max = 30) List<@NotNull @Valid Participant> participants,
		@Size(max = 100) List<@NotNull @Valid Fact> facts,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Size(
				max = 50) List<@NotNull @Valid Item> worries,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Size(
				max = 50) List<@NotNull @Valid Item> strengths,
		@JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) @Size(
				max = 50) List<@NotNull @Valid Item> nextSteps,
		@Size(max = 10) List<@NotNull @Valid DangerStatement> dangerStatements,
		@Size(max = 30) List<@NotNull @Valid Score> scores, @Valid Safety safety, SafetyJudgement safetyJudgement,
		@Size(max = 4000) @PlainText String rationale, @Size(max = 8000) @PlainText String explanatoryAnalysis,
		@Size(max = 30) List<@NotNull @Valid KeyDecision> keyDecisions, @Valid Explanations explanations) {

	public AssessmentDocument {
		participants = listOf(participants);
		facts = listOf(facts);
		worries = listOf(worries);
		strengths = listOf(strengths);
		nextSteps = listOf(nextSteps);
		dangerStatements = listOf(dangerStatements);
		scores = listOf(scores);
		keyDecisions = listOf(keyDecisions);
		explanations = explanations == null ? Explanations.NONE : explanations;
	}

	/** An empty document for a new assessment. */
	public static AssessmentDocument start(LocalDate date, List<Participant> participants) {
		return new AssessmentDocument(date, participants, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	/** The judgement, given as {@code safety} or as the old single value. */
	@Override
	public Safety safety() {
		return safety != null || safetyJudgement == null ? safety : Safety.of(safetyJudgement);
	}

	/** The old single value, derived from {@link #safety()}. */
	@Override
	public SafetyJudgement safetyJudgement() {
		var judged = safety();
		return judged == null ? null : judged.legacy();
	}

	/** Both the three questions and the old single value given, and they disagree. */
	boolean judgedTwiceDifferently() {
		return safety != null && safetyJudgement != null && safety.acute() != null && safety.structural() != null
				&& safety.legacy() != safetyJudgement;
	}

	private static <T> List<T> listOf(List<T> list) {
		// a copy that tolerates null elements, so that Bean Validation can report them
		return list == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
	}

	/**
	 * Someone at the table.
	 *
	 * @param memberId for {@code FAMILY}: the household member, when the participant is
	 * one
	 * @param professionalId for {@code PROFESSIONAL}: the professional's account, when
	 * known
	 * @param view how this person sees the situation, in their own words (a child's words
	 * too)
	 */
	public record Participant(UUID id,
			@NotBlank(message = "{assessment.participant.name.required}") @Size(max = 200) @ReadableName String name,
			@NotNull(message = "{assessment.participant.kind.required}") ParticipantKind kind, UUID memberId,
			UUID professionalId, @Size(max = 4000) @PlainText String view) {
	}

	/**
	 * A fact about protective or threatening events.
	 *
	 * @param source who saw it, told it, or interprets it
	 * @param certainty seen, told by, or interpretation
	 */
	public record Fact(UUID id,
			@NotBlank(message = "{assessment.fact.text.required}") @Size(max = 2000) @PlainText String text,
			@NotBlank(message = "{assessment.fact.source.required}") @Size(max = 200) @PlainText(
					singleLine = true) String source,
			@NotNull(message = "{assessment.fact.certainty.required}") Certainty certainty) {
	}

	/**
	 * One item of the three columns. A plain string in JSON is read as an item with only
	 * a text.
	 *
	 * @param kind for worries {@code HARM} or {@code COMPLICATING_FACTOR}, for strengths
	 * {@code STRENGTH} or {@code EXISTING_SAFETY}; none for next steps; may be left out
	 * @param explanation the same in plain language (B1), for the family
	 * @param owner for next steps: who does it
	 * @param dueDate for next steps: by when
	 */
	public record Item(UUID id, ItemKind kind,
			@NotBlank(message = "{assessment.item.text.required}") @Size(max = 2000) @PlainText String text,
			@Size(max = 1000) @PlainText String explanation, @Size(max = 200) @ReadableName String owner,
			@PlausibleDate LocalDate dueDate) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public Item {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static Item of(String text) {
			return new Item(null, null, text, null, null, null);
		}
	}

	/**
	 * A danger statement (who is worried, about what behaviour, what could happen) and
	 * its safety goal.
	 */
	public record DangerStatement(UUID id,
			@NotBlank(message = "{assessment.danger.text.required}") @Size(max = 2000) @PlainText String text,
			@NotBlank(message = "{assessment.danger.goal.required}") @Size(max = 2000) @PlainText String safetyGoal,
			@Size(max = 1000) @PlainText String explanation) {
	}

	/**
	 * A participant's score on the safety scale.
	 *
	 * @param participantId the participant's id; or else
	 * @param participant the participant's name
	 * @param note what makes it this number, in the participant's words
	 */
	public record Score(UUID participantId, @Size(max = 200) @ReadableName String participant,
			@NotNull(message = "{assessment.score.range}") @Min(value = 0, message = "{assessment.score.range}") @Max(
					value = 10, message = "{assessment.score.range}") Integer score,
			@Size(max = 1000) @PlainText String note) {
	}

	/**
	 * A key decision (kernbeslissing).
	 *
	 * @param kind what it is about; {@code OTHER} when left out
	 * @param placement true for a placement outside the home (the same as kind
	 * {@code PLACEMENT})
	 * @param challengedBy the professional who challenged it (tegenspraak); for a
	 * placement a behavioural scientist other than the professional who recorded the
	 * decision
	 * @param challengeNote what the challenger brought in
	 * @param familyView whether the family agrees, in their words
	 * @param recordedBy who recorded the decision first, and when ({@code recordedAt});
	 * set by Kernteam, ignored on input
	 */
	public record KeyDecision(UUID id, DecisionKind kind, Boolean placement,
			@NotBlank(message = "{assessment.decision.text.required}") @Size(max = 2000) @PlainText String decision,
			@NotBlank(message = "{assessment.decision.rationale.required}") @Size(
					max = 4000) @PlainText String rationale,
			UUID challengedBy, @Size(max = 200) @ReadableName String challengedByName,
			@Size(max = 2000) @PlainText String challengeNote, @Valid FamilyView familyView,
			@Size(max = 1000) @PlainText String explanation, UUID recordedBy,
			@Size(max = 200) @ReadableName String recordedByName, java.time.Instant recordedAt) {

		public KeyDecision {
			kind = Boolean.TRUE.equals(placement) ? DecisionKind.PLACEMENT : kind == null ? DecisionKind.OTHER : kind;
			placement = kind == DecisionKind.PLACEMENT;
		}
	}

	/**
	 * The family's view of a key decision. A plain string in JSON is read as their words,
	 * or as the position when it is {@code AGREES} or {@code DISAGREES}.
	 */
	public record FamilyView(FamilyPosition position, @Size(max = 2000) @PlainText String words) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		public FamilyView {
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		public static FamilyView of(String text) {
			for (FamilyPosition position : FamilyPosition.values()) {
				if (position.name().equals(text.trim().toUpperCase(Locale.ROOT))) {
					return new FamilyView(position, null);
				}
			}
			return new FamilyView(null, text);
		}

		boolean isEmpty() {
			return position == null && (words == null || words.isBlank());
		}
	}

	/**
	 * A short plain-language (B1) explanation of each part, for the family. Each may be
	 * left out.
	 */
	public record Explanations(@Size(max = 1000) @PlainText String views, @Size(max = 1000) @PlainText String facts,
			@Size(max = 1000) @PlainText String worries, @Size(max = 1000) @PlainText String strengths,
			@Size(max = 1000) @PlainText String dangerStatements, @Size(max = 1000) @PlainText String nextSteps,
			@Size(max = 1000) @PlainText String scores, @Size(max = 1000) @PlainText String judgement,
			@Size(max = 1000) @PlainText String keyDecisions) {

		public static final Explanations NONE = new Explanations(null, null, null, null, null, null, null, null, null);

		public String of(Part part) {
			return switch (part) {
				case VIEWS -> views;
				case FACTS -> facts;
				case WORRIES -> worries;
				case STRENGTHS -> strengths;
				case DANGER_STATEMENTS -> dangerStatements;
				case NEXT_STEPS -> nextSteps;
				case SCORES -> scores;
				case JUDGEMENT -> judgement;
				case KEY_DECISIONS -> keyDecisions;
			};
		}

		public static Explanations from(java.util.function.Function<Part, String> text) {
			return new Explanations(text.apply(Part.VIEWS), text.apply(Part.FACTS), text.apply(Part.WORRIES),
					text.apply(Part.STRENGTHS), text.apply(Part.DANGER_STATEMENTS), text.apply(Part.NEXT_STEPS),
					text.apply(Part.SCORES), text.apply(Part.JUDGEMENT), text.apply(Part.KEY_DECISIONS));
		}
	}
}
