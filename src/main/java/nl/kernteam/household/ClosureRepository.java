package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Closures of households' files and their reopening. */
@Repository
class ClosureRepository {

	private final JdbcClient jdbc;

	ClosureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code false} when the household is closed already. */
	boolean close(UUID id, UUID household, UUID by, CloseHousehold command, LocalDate retentionUntil, Instant at) {
		return jdbc.sql("""
				insert into household_closure (id, household_id, closed_at, closed_by, reason, family_view, last_scale,
				                               retention_until)
				values (:id, :household, :at, :by, :reason, :familyView, :lastScale, :retentionUntil)
				on conflict (household_id) where reopened_at is null do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", command.reason().trim())
			.param("familyView",
					command.familyView() == null || command.familyView().isBlank() ? null : command.familyView().trim())
			.param("lastScale", command.lastScale())
			.param("retentionUntil", retentionUntil)
			.update() == 1;
	}

	/** {@code false} when the household is not closed. */
	boolean reopen(UUID household, UUID by, String reason, Instant at) {
		return jdbc.sql("""
				update household_closure set reopened_at = :at, reopened_by = :by, reopen_reason = :reason
				 where household_id = :household and reopened_at is null
				""")
			.param("household", household)
			.param("by", by)
			.param("reason", reason.trim())
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** When the file was last reopened, if ever. */
	Optional<Instant> lastReopened(UUID household) {
		return jdbc.sql("select max(reopened_at) from household_closure where household_id = :household")
			.param("household", household)
			.query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant())
			.optional();
	}

	Optional<HouseholdClosure> open(UUID household) {
		return jdbc
			.sql("""
					select c.id, c.household_id, c.closed_at, c.closed_by, p.name as closed_by_name, c.reason, c.family_view,
					       c.last_scale, c.retention_until
					  from household_closure c join professional_profile p on p.id = c.closed_by
					 where c.household_id = :household and c.reopened_at is null
					""")
			.param("household", household)
			.query((rs, n) -> new HouseholdClosure(rs.getObject("id", UUID.class),
					rs.getObject("household_id", UUID.class), rs.getTimestamp("closed_at").toInstant(),
					rs.getObject("closed_by", UUID.class), rs.getString("closed_by_name"), rs.getString("reason"),
					rs.getString("family_view"), (Integer) rs.getObject("last_scale"),
					rs.getObject("retention_until", LocalDate.class)))
			.optional();
	}

}
