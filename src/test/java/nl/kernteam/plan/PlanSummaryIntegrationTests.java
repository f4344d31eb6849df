package nl.kernteam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.ReadBatch;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The household page's plan section reads a summary of the plan in one small statement
 * (issue 19) instead of the whole document: its figures must be those the whole document
 * gives, for a plan with removed goals and agreements, an overdue, a done and a
 * not-yet-due agreement, and a held and two planned evaluations.
 */
@IntegrationTest
class PlanSummaryIntegrationTests {

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanQueries queries;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	java.time.Clock clock;

	@Test
	void theSummaryHasTheWholePlansFigures() {
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		HouseholdId household = data.household(worker);
		var tx = new TransactionTemplate(transactions);
		var before = tx.execute(status -> queries.summary(worker.actor(), household, ReadBatch.now(jdbc)).get());
		assertThat(before.started()).isFalse();
		assertThat(before.goals()).isZero();
		assertThat(before.nextEvaluation()).isNull();

		LocalDate today = AmsterdamTime.today(clock);
		UUID h = household.value();
		jdbc.sql("""
				insert into plan (household_id, phase, family_words, created_at, created_by, updated_at, updated_by)
				values (:h, 'SAFETY_PLAN', 'Wij willen rust', now(), :p, now(), :p)
				""").param("h", h).param("p", worker.id()).update();
		UUID kept = goal(h, worker, 1, false);
		goal(h, worker, 2, false);
		goal(h, worker, 3, true);
		agreement(h, worker, kept, "OPEN", today.minusDays(3), false);
		agreement(h, worker, kept, "OPEN", today.minusDays(2), true);
		agreement(h, worker, kept, "DONE", today.minusDays(5), false);
		agreement(h, worker, null, "OPEN", today.plusDays(4), false);
		agreement(h, worker, null, "OPEN", null, false);
		evaluation(h, worker, today.minusDays(30), today.minusDays(29));
		evaluation(h, worker, today.plusDays(40), null);
		evaluation(h, worker, today.plusDays(12), null);

		var summary = tx.execute(status -> queries.summary(worker.actor(), household, ReadBatch.now(jdbc)).get());
		var whole = tx.execute(status -> queries.plan(worker.actor(), household));
		assertThat(summary.started()).isEqualTo(whole.started()).isTrue();
		assertThat(summary.phase()).isEqualTo(whole.phase()).isEqualTo(PlanPhase.SAFETY_PLAN);
		assertThat(summary.familyWords()).isEqualTo(whole.familyWords()).isEqualTo("Wij willen rust");
		assertThat(summary.goals()).isEqualTo(whole.goals().size()).isEqualTo(2);
		assertThat(summary.agreements()).isEqualTo(whole.agreements().size()).isEqualTo(4);
		assertThat(summary.overdue()).isEqualTo(whole.overdue()).isEqualTo(1);
		assertThat(summary.nextEvaluation()).isEqualTo(whole.nextEvaluation().plannedOn())
			.isEqualTo(today.plusDays(12));
	}

	private UUID goal(UUID household, Pro worker, int position, boolean removed) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into plan_goal (id, household_id, text, position, created_at, created_by, removed_at)
				values (:id, :h, 'Doel', :position, now(), :p, case when :removed then now() end)
				""")
			.param("id", id)
			.param("h", household)
			.param("position", position)
			.param("p", worker.id())
			.param("removed", removed)
			.update();
		return id;
	}

	private void agreement(UUID household, Pro worker, UUID goal, String status, LocalDate due, boolean removed) {
		jdbc.sql(
				"""
						insert into plan_agreement (id, household_id, goal_id, description, owner_kind, owner_professional_id,
						                            owner_name, due_date, status, created_at, created_by, updated_at, updated_by,
						                            removed_at)
						values (:id, :h, :goal, 'Afspraak', 'PROFESSIONAL', :p, 'Werker', :due, :status, now(), :p, now(), :p,
						        case when :removed then now() end)
						""")
			.param("id", UUID.randomUUID())
			.param("h", household)
			.param("goal", goal)
			.param("p", worker.id())
			.param("due", due)
			.param("status", status)
			.param("removed", removed)
			.update();
	}

	private void evaluation(UUID household, Pro worker, LocalDate planned, LocalDate held) {
		jdbc.sql("""
				insert into plan_evaluation (id, household_id, planned_on, held_on, created_at, created_by)
				values (:id, :h, :planned, :held, now(), :p)
				""")
			.param("id", UUID.randomUUID())
			.param("h", household)
			.param("planned", planned)
			.param("held", held)
			.param("p", worker.id())
			.update();
	}

}
