package nl.kernteam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.audit.AccessAction;
import nl.kernteam.audit.AccessLog;
import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdNames;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.NotFoundException;
import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads plans, each read checked and logged by {@link HouseholdAccess}; and a
 * professional's own work.
 */
@Service
@Transactional
public class PlanQueries {

	private final PlanVersionRepository versions;

	private final HouseholdAccess access;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AccessLog accessLog;

	private final HouseholdNames names;

	private final PlanDetailsRepository details;

	PlanQueries(PlanDetailsRepository details, PlanVersionRepository versions, HouseholdAccess access, JdbcClient jdbc,
			Clock clock, AccessLog accessLog, HouseholdNames names) {
		this.names = names;
		this.details = details;
		this.accessLog = accessLog;
		this.versions = versions;
		this.access = access;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public PlanDetails plan(Actor actor, HouseholdId household) {
		access.read(actor, household, "plan");
		return load(household.value());
	}

	/**
	 * What the household page's plan section shows, in one small statement: the section
	 * read the whole plan document (goals, agreements with their notes, versions with the
	 * family's views, conditions with their checks) to show five figures (issue 19).
	 * Logged as a read of the plan, as {@link #plan} is.
	 */
	Supplier<PlanSummary> summary(Actor actor, HouseholdId household, Reads reads) {
		access.read(actor, household, "plan");
		return reads
			.sql("""
					select p.household_id is not null as started, p.phase, p.family_words,
					       (select count(*) from plan_goal g where g.household_id = h.id and g.removed_at is null) as goals,
					       (select count(*) from plan_agreement a where a.household_id = h.id and a.removed_at is null) as agreements,
					       (select count(*) from plan_agreement a where a.household_id = h.id and a.removed_at is null
					           and a.status = 'OPEN' and a.due_date < :today) as overdue,
					       (select min(e.planned_on) from plan_evaluation e
					         where e.household_id = h.id and e.held_on is null) as next_evaluation
					  from (select cast(:household as uuid) as id) h left join plan p on p.household_id = h.id
					""")
			.param("household", household.value())
			.param("today", today())
			.single((rs, row) -> new PlanSummary(household.value(), rs.getBoolean("started"),
					rs.getString("phase") == null ? PlanPhase.SAFETY_CONDITIONS
							: PlanPhase.valueOf(rs.getString("phase")),
					rs.getString("family_words"), rs.getInt("goals"), rs.getInt("agreements"), rs.getLong("overdue"),
					rs.getObject("next_evaluation", LocalDate.class)));
	}

	/**
	 * The plan section's figures.
	 *
	 * @param nextEvaluation the earliest evaluation not held yet, {@code null} without
	 * one
	 */
	record PlanSummary(UUID householdId, boolean started, PlanPhase phase, String familyWords, int goals,
			int agreements, long overdue, LocalDate nextEvaluation) {
	}

	/** The plan for printing: logged as printed, not as read. */
	public PlanDetails printable(Actor actor, HouseholdId household) {
		access.readOut(actor, household, AccessAction.PRINT, "plan");
		return load(household.value());
	}

	/**
	 * The plan for the family's own pages. For the portal, whose caller has already
	 * checked and logged the family member's read through {@code FamilyAccess}; which
	 * goals and agreements the member sees the portal decides.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY, readOnly = true)
	public PlanDetails forFamily(HouseholdId household) {
		return load(household.value());
	}

	/**
	 * The whole plan in one statement ({@link PlanDetailsRepository}); the household's
	 * name from the page's access decision when there is one (issue 19).
	 */
	PlanDetails load(UUID household) {
		var loaded = details.load(household, today());
		var plan = java.util.Optional.ofNullable(loaded.plan());
		return new PlanDetails(household, names.of(HouseholdId.of(household)), plan.isPresent(),
				plan.map(PlanRepository.PlanRow::phase).orElse(PlanPhase.SAFETY_CONDITIONS),
				plan.map(PlanRepository.PlanRow::familyWords).orElse(null),
				plan.map(PlanRepository.PlanRow::version).orElse(0), loaded.goals(), loaded.agreements(),
				loaded.evaluations(), loaded.versions(), loaded.safetyConditions(), loaded.safetyStatusHistory());
	}

	/** A frozen version as it was: the document stored when it was frozen (JSON). */
	public String versionDocument(Actor actor, HouseholdId household, int number) {
		access.read(actor, household, "plan.version:" + number);
		return versions.versionDocument(household.value(), number)
			.orElseThrow(() -> new NotFoundException("plan version " + number));
	}

	/**
	 * A professional's own work across their households: open agreements they own that
	 * are overdue or due in the next two weeks, overdue agreements of households they are
	 * the contact person of, and the next evaluation moments. Only households they are
	 * involved with now. One query each.
	 */
	public MyWork myWork(Actor actor) {
		LocalDate today = today();
		var mine = jdbc.sql("""
				select a.id, a.household_id, h.name as household_name, a.description, a.owner_name, a.due_date
				  from plan_agreement a join household_profile h on h.id = a.household_id
				 where a.owner_professional_id = :me and a.status = 'OPEN' and a.removed_at is null
				   and a.due_date <= :soon
				   and exists (select 1 from current_involvement i where i.household_id = a.household_id
				                 and i.professional_id = :me)
				 order by a.due_date limit 20
				""")
			.param("me", actor.professionalId())
			.param("soon", today.plusDays(14))
			.query((rs, row) -> dueRow(rs, today))
			.list();
		var overdueForContactPerson = jdbc.sql("""
				select a.id, a.household_id, h.name as household_name, a.description, a.owner_name, a.due_date
				  from plan_agreement a join household_profile h on h.id = a.household_id
				  join current_contact_person c on c.household_id = a.household_id and c.professional_id = :me
				 where a.status = 'OPEN' and a.removed_at is null and a.due_date < :today
				   and (a.owner_professional_id is null or a.owner_professional_id <> :me)
				 order by a.due_date limit 20
				""")
			.param("me", actor.professionalId())
			.param("today", today)
			.query((rs, row) -> dueRow(rs, today))
			.list();
		// from the professional's own involvements, so that the cost follows their
		// caseload, not the region
		var evaluations = jdbc.sql("""
				select e.household_id, h.name as household_name, e.planned_on
				  from current_involvement i
				  join plan_evaluation e on e.household_id = i.household_id and e.held_on is null
				  join household_profile h on h.id = e.household_id
				 where i.professional_id = :me
				 order by e.planned_on limit 10
				""")
			.param("me", actor.professionalId())
			.query((rs, row) -> new UpcomingEvaluation(rs.getObject("household_id", UUID.class),
					rs.getString("household_name"), rs.getObject("planned_on", LocalDate.class),
					rs.getObject("planned_on", LocalDate.class).isBefore(today)))
			.list();
		var shown = new java.util.LinkedHashSet<UUID>();
		mine.forEach(a -> shown.add(a.householdId()));
		overdueForContactPerson.forEach(a -> shown.add(a.householdId()));
		evaluations.forEach(e -> shown.add(e.householdId()));
		accessLog.recordAll(actor, shown, AccessAction.SEARCH, "my-work");
		return new MyWork(mine, overdueForContactPerson, evaluations);
	}

	private static DueAgreement dueRow(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
		LocalDate due = rs.getObject("due_date", LocalDate.class);
		return new DueAgreement(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getString("household_name"), rs.getString("description"), rs.getString("owner_name"), due,
				due != null && due.isBefore(today));
	}

	LocalDate today() {
		return AmsterdamTime.today(clock);
	}

	/** What the start page shows. */
	public record MyWork(List<DueAgreement> mine, List<DueAgreement> overdueInMyHouseholds,
			List<UpcomingEvaluation> evaluations) {

		public boolean empty() {
			return mine.isEmpty() && overdueInMyHouseholds.isEmpty() && evaluations.isEmpty();
		}
	}

	public record DueAgreement(UUID id, UUID householdId, String householdName, String description, String owner,
			LocalDate dueDate, boolean overdue) {
	}

	public record UpcomingEvaluation(UUID householdId, String householdName, LocalDate plannedOn, boolean late) {
	}

}
