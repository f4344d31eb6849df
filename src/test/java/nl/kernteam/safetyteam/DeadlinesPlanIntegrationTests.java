package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadlines list stays one query that reaches court orders through their partial
 * index (the planner is told not to scan, as it would on a test database this small).
 */
@IntegrationTest
class DeadlinesPlanIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void theCourtOrdersPartUsesItsPartialIndex() throws Exception {
		String sql;
		try (var in = getClass().getClassLoader().getResourceAsStream("safetyteam/deadlines.sql")) {
			sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		jdbc.sql("set local enable_seqscan = off").update();
		String plan = String.join("\n",
				jdbc.sql("explain " + sql)
					.param("me", UUID.randomUUID())
					.param("organisation", UUID.randomUUID())
					.param("today", LocalDate.now(AmsterdamTime.ZONE))
					.param("limit", 10)
					.param("offset", 0)
					.query(String.class)
					.list());
		assertThat(plan).contains("court_order_running_by_household", "report_deadline_running_by_household",
				"report_deadline_running_by_organisation");
	}

}
