package nl.kernteam.portal;

import java.util.UUID;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes a destroyed household's portal data: the family's views, messages, objections
 * and requests, progress, withholdings and sharing.
 */
@Repository
class PortalDestructionRepository {

	private final JdbcClient jdbc;

	PortalDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void deleteAllOf(UUID household, HouseholdDestructionDue counts) {
		counts.destroyed("portal_withholding",
				jdbc.sql("delete from portal_withholding where household_id = :h").param("h", household).update());
		counts.destroyed("portal_sharing",
				jdbc.sql("delete from portal_sharing where household_id = :h").param("h", household).update());
		counts.destroyed("portal_family_view",
				jdbc.sql("delete from portal_family_view where household_id = :h").param("h", household).update());
		counts.destroyed("portal_heard",
				jdbc.sql("delete from portal_heard where household_id = :h").param("h", household).update());
		counts.destroyed("portal_message",
				jdbc.sql("delete from portal_message where household_id = :h").param("h", household).update());
		counts.destroyed("portal_objection",
				jdbc.sql("delete from portal_objection where household_id = :h").param("h", household).update());
		counts.destroyed("portal_agreement_progress",
				jdbc.sql("delete from portal_agreement_progress where household_id = :h")
					.param("h", household)
					.update());
	}

}
