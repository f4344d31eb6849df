package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clocks that fall due on a day and the orders whose extension warning begins that
 * day.
 */
@Repository
class DeadlineNoticeRepository {

	private final JdbcClient jdbc;

	DeadlineNoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Due(UUID householdId, DeadlineKind kind, LocalDate due) {
	}

	List<Due> dueOn(LocalDate today, LocalDate warnFrom) {
		return jdbc.sql("""
				select household_id, kind, due from report_deadline
				 where due = :today and met_on is null and stopped_on is null
				union all
				select household_id, 'COURT_ORDER_ENDS', current_ends_on from court_order
				 where current_ends_on = :warnFrom and stopped_on is null
				""")
			.param("today", today)
			.param("warnFrom", warnFrom)
			.query((rs, row) -> new Due(rs.getObject("household_id", UUID.class),
					DeadlineKind.valueOf(rs.getString("kind")), rs.getObject("due", LocalDate.class)))
			.list();
	}

}
