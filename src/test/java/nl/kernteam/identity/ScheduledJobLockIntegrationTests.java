package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import nl.kernteam.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job whose lock another node holds does not run here; once the lock is free it does.
 * Shown on the token clean-up, through the bean as the scheduler calls it.
 */
@IntegrationTest
class ScheduledJobLockIntegrationTests {

	@Autowired
	ApiTokens tokens;

	@Autowired
	ApiTokenRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aJobLockedByAnotherNodeDoesNotRunHere() {
		var now = clock.instant();
		byte[] expired = ApiTokens.hash("kt1_" + "L".repeat(43));
		repository.insert(expired, "lock-test", now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
		jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values ('api-tokens-cleanup', now() + interval '1 hour', now(), 'another-node')
				on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by
				""").update();
		tokens.deleteExpired();
		assertThat(stored(expired)).as("the other node holds the lock: nothing ran here").isOne();

		jdbc.sql("update shedlock set lock_until = now() - interval '1 second' where name = 'api-tokens-cleanup'")
			.update();
		tokens.deleteExpired();
		assertThat(stored(expired)).as("the lock was free: the job ran").isZero();
		assertThat(jdbc.sql("select locked_by from shedlock where name = 'api-tokens-cleanup'")
			.query(String.class)
			.single()).isNotEqualTo("another-node");
	}

	private int stored(byte[] hash) {
		return jdbc.sql("select count(*) from api_token where token_hash = :h")
			.param("h", hash)
			.query(Integer.class)
			.single();
	}

}
