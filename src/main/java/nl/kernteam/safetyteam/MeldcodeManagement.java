package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A household's meldcode trail: its steps as they are taken, the weighing framework's
 * answers and the decision that closes it. Read and changed by the core team (through
 * {@code HouseholdAccess}, as data the access decision does not name). When the answers
 * give the reporting norm (acute or structural unsafety, or help that cannot be given, is
 * refused or does not work), organising help alone is not a decision the trail accepts.
 *
 * @throws InvalidInputException for a date in the future, a decision before the first two
 * questions are answered, or help alone where the norm is to report
 * @throws ConflictException for a change to a decided trail or based on a stale version
 */
@Service
@Validated
@Transactional
public class MeldcodeManagement {

	private final MeldcodeRepository trails;

	private final HouseholdAccess access;

	private final Clock clock;

	MeldcodeManagement(MeldcodeRepository trails, HouseholdAccess access, Clock clock) {
		this.trails = trails;
		this.access = access;
		this.clock = clock;
	}

	public MeldcodeTrail trail(Actor actor, HouseholdId household) {
		access.read(actor, household, "meldcode");
		return load(household);
	}

	public MeldcodeTrail recordStep(Actor actor, HouseholdId household, MeldcodeStep step,
			@Valid RecordMeldcodeStep record) {
		open(actor, household);
		notInTheFuture("doneOn", record.doneOn());
		trails.saveStep(household.value(), step, record.doneOn(), record.notes(), actor.professionalId(),
				clock.instant());
		return load(household);
	}

	/**
	 * Records the child check of step 1, for a professional of adult services; with
	 * children, whether they are safe must be answered.
	 */
	public MeldcodeTrail recordChildCheck(Actor actor, HouseholdId household, @Valid RecordChildCheck check) {
		open(actor, household);
		notInTheFuture("checkedOn", check.checkedOn());
		if (Boolean.TRUE.equals(check.hasChildren()) && check.childrenSafe() == null) {
			throw new InvalidInputException("childrenSafe", "safetyteam.childCheck.childrenSafe.required");
		}
		trails.saveChildCheck(household.value(), check, actor.professionalId(), clock.instant());
		return load(household);
	}

	public MeldcodeTrail answer(Actor actor, HouseholdId household, @Valid AnswerMeldcodeWeighing answers) {
		var trail = open(actor, household);
		int version = answers.version() == null ? trail.version() : answers.version();
		if (!trails.answer(household.value(), answers, version, actor.professionalId(), clock.instant())) {
			throw new ConflictException("safetyteam.meldcode.conflict");
		}
		return load(household);
	}

	public MeldcodeTrail decide(Actor actor, HouseholdId household, @Valid DecideMeldcode decision) {
		var trail = open(actor, household);
		notInTheFuture("decidedOn", decision.decidedOn());
		if (trail.weighing().suspicion() == null || trail.weighing().unsafety() == null) {
			throw new InvalidInputException("decision", "safetyteam.meldcode.decision.weighFirst");
		}
		if (decision.decision() == MeldcodeDecision.HELP_ORGANISED && trail.reportingNorm()) {
			throw new InvalidInputException("decision", "safetyteam.meldcode.decision.reportingNorm");
		}
		if (!trails.decide(household.value(), decision, actor.professionalId(), clock.instant())) {
			throw new ConflictException("safetyteam.meldcode.decided");
		}
		if (!trail.steps().get(MeldcodeStep.DECIDE.ordinal()).taken()) {
			trails.saveStep(household.value(), MeldcodeStep.DECIDE, decision.decidedOn(), null, actor.professionalId(),
					clock.instant());
		}
		return load(household);
	}

	/** The trail to change: access checked and logged, started if needed, not decided. */
	private MeldcodeTrail open(Actor actor, HouseholdId household) {
		access.write(actor, household, AccessAction.UPDATE, "meldcode");
		trails.ensure(household.value(), actor.professionalId(), clock.instant());
		var trail = load(household);
		if (trail.decided()) {
			throw new ConflictException("safetyteam.meldcode.decided");
		}
		return trail;
	}

	private MeldcodeTrail load(HouseholdId household) {
		var row = trails.trail(household.value()).orElseThrow();
		var taken = trails.steps(household.value());
		var steps = Arrays.stream(MeldcodeStep.values())
			.map(step -> taken.getOrDefault(step, new MeldcodeTrail.Step(step, null, null, null)))
			.toList();
		return new MeldcodeTrail(household.value(), row.householdName(), steps, row.weighing(),
				row.weighing().reportingNorm(), row.decision(), row.decidedOn(), row.version(), row.childCheck());
	}

	private void notInTheFuture(String field, LocalDate date) {
		if (date.isAfter(AmsterdamTime.today(clock))) {
			throw new InvalidInputException(field, "safetyteam.date.future");
		}
	}

}
