package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.audit.AccessAction;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.ConflictException;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Reports and advice requests to Veilig Thuis and the statutory clocks they start: a
 * report's safety assessment is due 5 working days after it was received
 * ({@link WorkingDays}), the same day when acute; an assessment that decides to
 * investigate starts a 10-week investigation clock. Recording a step meets its clock.
 * Whoever may change the household's core data (the core team, as {@code AccessDecision}
 * says for data it does not name) records them.
 *
 * @throws InvalidInputException for an organisation that is not Veilig Thuis, a date in
 * the future or before the step it follows
 * @throws ConflictException for a step recorded twice or out of order (an advice request
 * has no assessment; no investigation without that outcome)
 * @throws NotFoundException for an unknown report
 */
@Service
@Validated
@Transactional
public class ReportManagement {

	static final int SAFETY_ASSESSMENT_WORKING_DAYS = 5;

	static final int INVESTIGATION_WEEKS = 10;

	private final ReportRepository reports;

	private final HouseholdAccess access;

	private final Clock clock;

	ReportManagement(ReportRepository reports, HouseholdAccess access, Clock clock) {
		this.reports = reports;
		this.access = access;
		this.clock = clock;
	}

	public Recorded record(Actor actor, HouseholdId household, @Valid RecordReport report) {
		access.write(actor, household, AccessAction.CREATE, "report");
		if (!reports.isVeiligThuis(report.organisationId())) {
			throw new InvalidInputException("organisationId", "safetyteam.report.organisation.notVeiligThuis");
		}
		notInTheFuture("receivedOn", report.receivedOn());
		UUID id = UUID.randomUUID();
		reports.insert(id, household.value(), report, actor.professionalId(), clock.instant());
		if (report.kind() == ReportKind.REPORT) {
			var row = reports.find(id).orElseThrow();
			LocalDate due = report.isAcute() ? report.receivedOn()
					: WorkingDays.add(report.receivedOn(), SAFETY_ASSESSMENT_WORKING_DAYS);
			reports.startClock(row, DeadlineKind.SAFETY_ASSESSMENT, report.receivedOn(), due);
		}
		return new Recorded(id, reports.deadlines(id));
	}

	public List<ReportDeadline> assess(Actor actor, UUID reportId, @Valid RecordSafetyAssessment assessment) {
		var report = writable(actor, reportId);
		if (report.kind() != ReportKind.REPORT) {
			throw new ConflictException("safetyteam.report.adviceHasNoAssessment");
		}
		notBefore("date", assessment.date(), report.receivedOn());
		if (!reports.assess(reportId, assessment)) {
			throw new ConflictException("safetyteam.report.assessedAlready");
		}
		reports.meetClock(reportId, DeadlineKind.SAFETY_ASSESSMENT, assessment.date());
		if (assessment.outcome() == ReportOutcome.INVESTIGATION) {
			reports.startClock(report, DeadlineKind.INVESTIGATION, assessment.date(),
					assessment.date().plusWeeks(INVESTIGATION_WEEKS));
		}
		return reports.deadlines(reportId);
	}

	public List<ReportDeadline> conclude(Actor actor, UUID reportId, @Valid ConcludeInvestigation conclusion) {
		var report = writable(actor, reportId);
		if (report.outcome() != ReportOutcome.INVESTIGATION) {
			throw new ConflictException("safetyteam.report.noInvestigation");
		}
		notBefore("date", conclusion.date(), report.assessedOn());
		if (!reports.conclude(reportId, conclusion.date())) {
			throw new ConflictException("safetyteam.report.concludedAlready");
		}
		reports.meetClock(reportId, DeadlineKind.INVESTIGATION, conclusion.date());
		return reports.deadlines(reportId);
	}

	/** Records the feedback the reporter got after a step that has been taken. */
	public UUID feedback(Actor actor, UUID reportId, @Valid RecordReportFeedback feedback) {
		var report = writable(actor, reportId);
		LocalDate stepTaken = feedback.step() == DeadlineKind.SAFETY_ASSESSMENT ? report.assessedOn()
				: report.concludedOn();
		if (stepTaken == null) {
			throw new ConflictException("safetyteam.feedback.stepNotTaken");
		}
		notBefore("givenOn", feedback.givenOn(), stepTaken);
		UUID id = UUID.randomUUID();
		reports.insertFeedback(id, reportId, feedback, actor.professionalId(), clock.instant());
		return id;
	}

	/** A report just recorded, with the clock it started (none for advice). */
	public record Recorded(UUID id, List<ReportDeadline> deadlines) {
	}

	private ReportRepository.ReportRow writable(Actor actor, UUID reportId) {
		var report = reports.find(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
		access.write(actor, HouseholdId.of(report.householdId()), AccessAction.UPDATE, "report:" + reportId);
		return report;
	}

	private void notBefore(String field, LocalDate date, LocalDate earliest) {
		if (date.isBefore(earliest)) {
			throw new InvalidInputException(field, "safetyteam.date.beforeStep");
		}
		notInTheFuture(field, date);
	}

	private void notInTheFuture(String field, LocalDate date) {
		if (date.isAfter(AmsterdamTime.today(clock))) {
			throw new InvalidInputException(field, "safetyteam.date.future");
		}
	}

}
