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
		// both halves, so that each finds its partial index (V5_2): the active by
		// signal_one_active_per_organisation, the archived by signal_archived_by_person
		return jdbc.sql("""
				delete from signal
				 where (person_fingerprint in (:people) and ended_at is null)
				    or (person_fingerprint in (:people) and ended_at is not null)
				""").param("people", personFingerprints).update();
	}

}
