package nl.kernteam.signal;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deletes the signals about people whose only household's file is destroyed. */
@Repository
class SignalDestructionRepository {

	private final JdbcClient jdbc;

	SignalDestructionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int deleteAbout(Set<String> personFingerprints) {
		if (personFingerprints.isEmpty()) {
			return 0;
		}
		return jdbc.sql("delete from signal where person_fingerprint in (:people)")
			.param("people", personFingerprints)
			.update();
	}

}
