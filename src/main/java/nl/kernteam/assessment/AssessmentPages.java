package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.KeyDecision;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdItem;
import nl.kernteam.household.HouseholdNames;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the assessment pages show besides the document: the household's name and the
 * people who can take part or challenge a decision (members, the professionals involved
 * now, the informal network, behavioural scientists). Read in the same transaction as the
 * access check, under one access-log row.
 */
@Service
@Transactional
class AssessmentPages {

	private final AssessmentRepository assessments;

	private final HouseholdAccess access;

	private final AssessmentChoiceQueries queries;

	private final HouseholdNames names;

	AssessmentPages(AssessmentRepository assessments, HouseholdAccess access, AssessmentChoiceQueries queries,
			HouseholdNames names) {
		this.names = names;
		this.assessments = assessments;
		this.access = access;
		this.queries = queries;
	}

	record Member(UUID id, String name, String role, LocalDate birthDate) {
	}

	record Professional(UUID id, String name, String organisationName, boolean behaviouralScientist) {
	}

	record Informal(String name, String relation) {

		/** How the informal network member is named in an assessment: "Riet (oma)". */
		public String label() {
			return relation == null || relation.isBlank() ? name : name + " (" + relation + ")";
		}
	}

	/**
	 * @param earlier whether the household has an assessment already
	 */
	record Choices(String householdName, List<Member> members, List<Professional> involved, List<Informal> informal,
			List<Professional> behaviouralScientists, boolean earlier) {

		/**
		 * Who can challenge a decision: the involved professionals, then the behavioural
		 * scientists not involved.
		 */
		public List<Professional> challengers() {
			Set<UUID> involvedIds = involved.stream()
				.map(Professional::id)
				.collect(java.util.stream.Collectors.toSet());
			var result = new java.util.ArrayList<>(involved);
			behaviouralScientists.stream().filter(p -> !involvedIds.contains(p.id())).forEach(result::add);
			return result;
		}
	}

	/**
	 * @param mayAskExpertise whether the actor may ask the regional safety team for
	 * expertise (who manages the network: the contact person, the director)
	 */
	record Editing(AssessmentDetails assessment, Choices choices, boolean mayAskExpertise) {
	}

	/**
	 * The assessment page to read, inside its one unit of work
	 * ({@code HouseholdPageUnit}, issue 19): answered from the page's one access
	 * decision, named in its one access-log row. Only what the page shows: the
	 * household's name, and whether the reader may ask for expertise only where an unsafe
	 * judgement offers it (the edit form's choices are not read).
	 */
	Reading read(Actor actor, HouseholdId household, AssessmentId id) {
		var grant = access.read(actor, household, "assessment:" + id);
		var assessment = assessments.load(id.value(), household.value(), grant.emergency())
			.orElseThrow(() -> new NotFoundException("assessment " + id));
		var safety = assessment.document().safety();
		boolean mayAskExpertise = safety != null && safety.unsafe() && !grant.emergency()
				&& access.mayAdd(actor, household, HouseholdItem.NETWORK_MANAGEMENT);
		return new Reading(assessment, householdName(household), mayAskExpertise);
	}

	/**
	 * The assessment to read.
	 *
	 * @param mayAskExpertise whether the actor may ask the regional safety team for
	 * expertise; only asked when the judgement is unsafe
	 */
	record Reading(AssessmentDetails assessment, String householdName, boolean mayAskExpertise) {
	}

	/** The assessment with its choices; read-only under emergency access. */
	Editing edit(Actor actor, HouseholdId household, AssessmentId id) {
		var grant = access.read(actor, household, "assessment:" + id);
		var assessment = assessments.load(id.value(), household.value(), grant.emergency())
			.orElseThrow(() -> new NotFoundException("assessment " + id));
		var choices = choices(household);
		// a challenger stored earlier stays selectable, also when no longer involved,
		// active or among the first 100
		var offered = choices.challengers().stream().map(Professional::id).collect(java.util.stream.Collectors.toSet());
		var missing = assessment.document()
			.keyDecisions()
			.stream()
			.map(KeyDecision::challengedBy)
			.filter(challenger -> challenger != null && !offered.contains(challenger))
			.map(UUID::toString)
			.distinct()
			.toArray(String[]::new);
		var stored = missing.length == 0 ? List.<Professional>of() : queries.professionals(missing);
		if (!stored.isEmpty()) {
			var scientists = new java.util.ArrayList<>(choices.behaviouralScientists());
			scientists.addAll(stored);
			choices = new Choices(choices.householdName(), choices.members(), choices.involved(), choices.informal(),
					scientists, choices.earlier());
		}
		return new Editing(assessment, choices,
				!grant.emergency() && access.mayAdd(actor, household, HouseholdItem.NETWORK_MANAGEMENT));
	}

	/**
	 * The choices for a new assessment; only for who may write (not under emergency
	 * access).
	 */
	Choices start(Actor actor, HouseholdId household) {
		access.write(actor, household, AccessAction.READ, "assessments");
		return choices(household);
	}

	/**
	 * The household's name alone, for headings of pages whose data is read (and logged)
	 * elsewhere.
	 */
	String householdName(HouseholdId household) {
		return names.of(household);
	}

	private Choices choices(HouseholdId household) {
		UUID id = household.value();
		var members = queries.members(id);
		var involved = queries.involved(id);
		var informal = queries.informal(id);
		var scientists = queries.behaviouralScientists();
		boolean earlier = queries.anyAssessment(id);
		return new Choices(householdName(household), members, involved, informal, scientists, earlier);
	}

}
