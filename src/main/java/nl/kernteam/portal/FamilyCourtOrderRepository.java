package nl.kernteam.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads safetyteam's published views of the legal track for the family's page. */
@Repository
class FamilyCourtOrderRepository {

	private final JdbcClient jdbc;

	FamilyCourtOrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> orders(UUID household) {
		return jdbc.sql("""
				select o.child_member_id, m.given_name, o.kind, o.starts_on, o.current_ends_on, o.stopped_on
				  from court_order_of_child o join current_member m on m.id = o.child_member_id
				 where o.household_id = :household order by o.current_ends_on desc, o.starts_on
				""")
			.param("household", household)
			.query((rs, row) -> new Row(rs.getObject("child_member_id", UUID.class), rs.getString("given_name"),
					rs.getString("kind"), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("current_ends_on", LocalDate.class), rs.getObject("stopped_on", LocalDate.class)))
			.list();
	}

	boolean raadAsked(UUID household) {
		return jdbc.sql("select exists (select 1 from raad_request_made where household_id = :household)")
			.param("household", household)
			.query(Boolean.class)
			.single();
	}

	record Row(UUID childMemberId, String childName, String kind, LocalDate startsOn, LocalDate endsOn,
			LocalDate stoppedOn) {
	}

}
