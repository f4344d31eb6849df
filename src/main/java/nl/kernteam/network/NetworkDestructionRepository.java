package nl.kernteam.network;

import java.util.UUID;

import nl.kernteam.household.HouseholdDestructionDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Deletes a destroyed household's network: shares, notes, emergency accesses, contact
 * persons, directors and involvements.
 */
@Repository
class NetworkDestructionRepository {

	private final JdbcClient jdbc;

	NetworkDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void deleteAllOf(UUID household, HouseholdDestructionDue counts) {
		counts.destroyed("involvement_share",
				jdbc.sql("delete from involvement_share where household_id = :h").param("h", household).update());
		counts.destroyed("note", jdbc.sql("delete from note where household_id = :h").param("h", household).update());
		counts.destroyed("emergency_access",
				jdbc.sql("delete from emergency_access where household_id = :h").param("h", household).update());
		counts.destroyed("contact_person",
				jdbc.sql("delete from contact_person where household_id = :h").param("h", household).update());
		counts.destroyed("director",
				jdbc.sql("delete from director where household_id = :h").param("h", household).update());
		counts.destroyed("involvement",
				jdbc.sql("delete from involvement where household_id = :h").param("h", household).update());
	}

}
