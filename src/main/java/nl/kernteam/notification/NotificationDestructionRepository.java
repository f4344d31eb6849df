package nl.kernteam.notification;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deletes the notifications that name a destroyed household. */
@Repository
class NotificationDestructionRepository {

	private final JdbcClient jdbc;

	NotificationDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int deleteAllOf(UUID household) {
		return jdbc.sql("delete from notification where household_id = :h").param("h", household).update();
	}

}
