package nl.kernteam.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hashes of the tokens issued to integrations, with their account and expiry. */
@Repository
class ApiTokenRepository {

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(byte[] hash, String username, Instant issuedAt, Instant expiresAt) {
		jdbc.sql("""
				insert into api_token (token_hash, username, issued_at, expires_at)
				values (:hash, :username, :issuedAt, :expiresAt)
				""")
			.param("hash", hash)
			.param("username", username)
			.param("issuedAt", Timestamp.from(issuedAt))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	/** The account of a token that has not expired at {@code now}. */
	Optional<String> usernameOf(byte[] hash, Instant now) {
		return jdbc.sql("select username from api_token where token_hash = :hash and expires_at > :now")
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.query(String.class)
			.optional();
	}

	int deleteAllOf(String username) {
		return jdbc.sql("delete from api_token where lower(username) = lower(:username)")
			.param("username", username)
			.update();
	}

	int deleteExpired(Instant now) {
		return jdbc.sql("delete from api_token where expires_at <= :now").param("now", Timestamp.from(now)).update();
	}

}
