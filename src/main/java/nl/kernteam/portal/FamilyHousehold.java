package nl.kernteam.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.Safety;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The household as one family member sees it (CONTRACT.md, "The family's own Kernteam"):
 * its contact person and how to reach them, its members, who else helps, the assessments
 * with the plain-language explanations, the scales over time, the plan, who signalled
 * them, what is shared with whom, their rights, and how many items are kept from them and
 * why in general terms. Only what {@link FamilySight} lets this member see, and nothing
 * withheld from them.
 *
 * @param withheld how many items are kept from this member with a recorded legal reason
 * @param withheldReasons the general reasons of those
 * @param expertiseRequests the questions asked about the household to other organisations
 * (the regional safety team, say), newest first
 */
public record FamilyHousehold(String name, ContactPerson contactPerson, List<Member> members, List<Helper> network,
		List<Assessment> assessments, List<Scale> scales, Plan plan, List<Signaller> signalledBy, List<Share> shared,
		List<String> rights, int withheld, List<WithholdingReason> withheldReasons,
		List<ExpertiseRequest> expertiseRequests) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<Member> members(String json) {
		return JSON.readValue(json, new TypeReference<List<Member>>() {
		});
	}

	/** The latest assessment, or {@code null}. */
	Assessment latest() {
		return assessments.isEmpty() ? null : assessments.get(0);
	}

	/** The name, contact person and members: the part read in one statement. */
	record Basics(String name, ContactPerson contactPerson, List<Member> members) {
	}

	public record ContactPerson(String name, String organisationName, String phone, String email) {
	}

	public record Member(UUID id, String name, String role) {
	}

	/** Someone else who helps: a professional, or someone the family knows. */
	record Helper(String name, String organisationName, String role) {
	}

	/**
	 * One joint assessment: the three columns with the explanations, the danger
	 * statements with their safety goals, the judgement, the key decisions with their
	 * reasons, and the views of the people at the table.
	 *
	 * @param safety the judgement as three questions; {@code null} while not judged
	 * @param safetyJudgement the old single value, derived from {@code safety}, for
	 * clients that read it
	 */
	record Assessment(UUID id, LocalDate date, List<Item> worries, List<Item> strengths, List<Item> nextSteps,
			List<Danger> dangerStatements, Safety safety, String safetyJudgement, Explanations explanations,
			List<Decision> keyDecisions, List<View> familyViews) {
	}

	record Item(UUID id, String text, String explanation, String owner, LocalDate dueDate) {
	}

	record Danger(UUID id, String text, String safetyGoal, String explanation) {
	}

	/** The explanation for the family of each part, as the professionals wrote it. */
	record Explanations(String worries, String strengths, String nextSteps, String dangerStatements, String scores,
			String judgement, String keyDecisions) {
	}

	/** A key decision with its reason and what the family said of it. */
	record Decision(UUID id, String kind, String decision, String rationale, String explanation, String familyPosition,
			String familyWords) {
	}

	/** A participant's view in their own words. */
	record View(UUID participantId, String name, String kind, String words) {
	}

	/** One person's scale over time: 0 (not safe) to 10 (safe enough). */
	record Scale(String name, String kind, List<Point> points) {
	}

	record Point(LocalDate date, int score, String note) {
	}

	/** The plan: its phase, goals, agreements, and the next meeting. */
	record Plan(String phase, List<Goal> goals, List<Agreement> agreements, LocalDate nextEvaluation) {
	}

	record Goal(UUID id, String text, String explanation) {
	}

	record Agreement(UUID id, UUID goalId, String description, String owner, LocalDate dueDate, String status) {
	}

	/** An organisation that signalled someone in the family, and since when. */
	record Signaller(String organisationName, Instant since) {
	}

	/**
	 * A question asked about the household to another organisation, and where it stands.
	 *
	 * @param status {@code REQUESTED}, {@code ACCEPTED}, {@code DECLINED}, {@code ENDED}
	 * or {@code WITHDRAWN}
	 * @param professionalName who of that organisation joined, once accepted
	 * @param until the last day they help
	 */
	public record ExpertiseRequest(String organisationName, String question, String status, String professionalName,
			LocalDate until) {

		/** Accepted: someone of the organisation helps now. */
		public boolean joined() {
			return "ACCEPTED".equals(status) && professionalName != null;
		}
	}

	/** What is shared with whom, on which basis, since when and until when. */
	record Share(String what, String withWhom, String organisationName, String legalBasis, Instant since,
			LocalDate until) {
	}

}
