package nl.kernteam.plan;

import java.util.List;

import nl.kernteam.shared.web.BoundForm;
import nl.kernteam.shared.web.CsrfField;
import nl.kernteam.shared.web.FixedTexts;

/**
 * The plan page as {@code plan/page.jte} shows it: every text, date, link and form value
 * made in Java by {@link PlanPageViews}, so that the template only places them (issue 19:
 * Thymeleaf was 42 % of the page's JVM time). Texts without arguments come from
 * {@code t}.
 *
 * @param refusal why the last change was refused, {@code null} when none was
 * @param familyWords the family's own words, {@code null} while not written
 * @param planVersion the version the plan's form changes (the stored one, also after a
 * conflict: the form is shown again with what is stored now)
 * @param overdue how many agreements are late, in words; {@code null} when none is
 * @param startHref "Plan maken" while the plan has no goals, else {@code null}
 * @param otherAgreements the agreements that belong to no goal
 * @param goalOptions the goals to choose from in a next step's form, the last chosen
 * @param nextPhase the check box of an evaluation that moves the plan on, {@code null} in
 * the last phase
 * @param familyNames the family members a version's view may be from
 * @param newId the submission id of a new goal, agreement, evaluation, condition or view
 * @param changes whether the actor may change the plan: else (under emergency access,
 * which only reads) the page shows no form and no button that changes it
 */
record PlanPageView(String title, String householdName, String householdHref, String printHref, String refusal,
		List<Phase> phases, String familyWords, int planVersion, BoundForm planForm, List<Option> phaseOptions,
		String overdue, String startHref, Safety safety, List<Goal> goals, List<Agreement> otherAgreements,
		List<NextStep> nextSteps, List<Option> goalOptions, BoundForm goalForm, BoundForm agreementForm,
		List<Option> agreementGoals, Owners agreementOwners, List<Evaluation> evaluations, BoundForm evaluationForm,
		String nextPhase, List<Version> versions, List<String> familyNames, String newId, CsrfField csrf,
		FixedTexts.Of t, boolean changes) {

	/** One phase of the plan; {@code css} its class, with where the plan is. */
	record Phase(String name, String hint, String css, boolean current) {
	}

	/** One option of a select. */
	record Option(String value, String text, boolean selected) {
	}

	/** Who may do an agreement, in the select's three groups. */
	record Owners(List<Option> family, List<Option> informal, List<Option> professional) {
	}

	/**
	 * A goal with its agreements.
	 *
	 * @param domain the life domain's heading before the first goal of that domain, else
	 * {@code null}
	 * @param answers the danger statement it answers, in words; {@code null} for none
	 */
	record Goal(String domain, String id, String number, String text, String explanation, String answers,
			List<Agreement> agreements) {
	}

	/**
	 * An agreement with its progress and the buttons that change its status.
	 *
	 * @param when its due date in words, {@code null} without one
	 * @param statusHref where "Gedaan" and "Niet gelukt" are sent
	 * @param markDone the label of "Gedaan", {@code null} when done already
	 * @param markNotDone the label of "Niet gelukt", {@code null} unless open
	 */
	record Agreement(String id, String css, String description, String who, String when, String badgeCss, String status,
			boolean overdue, List<Progress> progress, String statusHref, int version, String markDone,
			String markNotDone, String openHref, String openLabel) {
	}

	/** A progress note and who recorded it when. */
	record Progress(String text, String by) {
	}

	/**
	 * A next step of the joint assessment offered as an agreement.
	 *
	 * @param named whom the assessment names, in words; {@code null} for no one
	 * @param number its place in the list, for its fields' ids
	 */
	record NextStep(String id, String submissionId, String text, String named, int number, Owners owners,
			String dueDate) {
	}

	/**
	 * An evaluation moment.
	 *
	 * @param held the "gehouden" badge, {@code null} while not held
	 * @param summary what it changed, {@code null} while not held
	 * @param hold the form that records it, {@code null} once held
	 * @param assessments the assessments to link in the form
	 */
	record Evaluation(String id, String plannedOn, String held, boolean late, String summary, String notes,
			BoundForm hold, List<Option> assessments, boolean nextPhaseChecked) {
	}

	/** A frozen version, the family's views of it, and the form for one more. */
	record Version(int number, String title, boolean disputed, List<View> views, BoundForm form, String agrees) {
	}

	/** One family member's view of a version. */
	record View(String name, boolean agrees, String position, String words, String recorded) {
	}

	/**
	 * The plan's safety: the status now and over time, and the conditions.
	 *
	 * @param notHeld how many conditions were not held at their last check, in words;
	 * {@code null} when all were
	 */
	record Safety(String statusNow, List<StatusChange> history, BoundForm statusForm, List<Option> statuses,
			String notHeld, List<Condition> conditions, BoundForm conditionForm) {
	}

	/** A change of the safety status. */
	record StatusChange(String since, String status, String setBy) {
	}

	/**
	 * A safety condition with its checks and the form for the next one.
	 *
	 * @param lastHeld whether the last check found it held; {@code null} while never
	 * checked
	 * @param last the last check in words, {@code null} while never checked
	 * @param held the value chosen in the form being answered ({@code true},
	 * {@code false} or empty)
	 */
	record Condition(String id, int index, String text, String agreedOn, Boolean lastHeld, String last,
			String historySummary, String caption, List<Check> checks, BoundForm form, String held) {
	}

	/** A check of a condition. */
	record Check(String date, String result, String by, String note) {
	}

}
