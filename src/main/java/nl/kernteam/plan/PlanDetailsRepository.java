package nl.kernteam.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import nl.kernteam.plan.PlanDetails.Agreement;
import nl.kernteam.plan.PlanDetails.Evaluation;
import nl.kernteam.plan.PlanDetails.Goal;
import nl.kernteam.plan.PlanDetails.SafetyCondition;
import nl.kernteam.plan.PlanDetails.SafetyStatusChange;
import nl.kernteam.plan.PlanDetails.Version;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * A household's whole plan in one statement (issue 19): the database returns the plan,
 * its goals, agreements with progress, evaluations, versions with the family's views,
 * safety conditions with checks and the safety status history as one JSON document
 * ({@code plan/plan-details.sql}), instead of ten statements, one per table.
 */
@Repository
class PlanDetailsRepository {

	private static final String PLAN_DETAILS = sql("plan/plan-details.sql");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	PlanDetailsRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The plan's parts; {@code plan} is {@code null} while the plan is not started. */
	record Loaded(PlanRepository.PlanRow plan, List<Goal> goals, List<Agreement> agreements,
			List<Evaluation> evaluations, List<Version> versions, List<SafetyCondition> safetyConditions,
			List<SafetyStatusChange> safetyStatusHistory) {
	}

	Loaded load(UUID household, LocalDate today) {
		String document = jdbc.sql(PLAN_DETAILS)
			.param("household", household)
			.param("today", today)
			.query(String.class)
			.single();
		return json.readValue(document, Loaded.class);
	}

	private static String sql(String resource) {
		try (var in = PlanDetailsRepository.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
