package nl.kernteam.shared;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of typed text per professional, household and item ({@code V10_5}), encrypted
 * with the personal-data cipher. Only the caller's transaction: the caller checks access
 * to the household (and logs it) first; this class knows no households.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class DraftRepository {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	DraftRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** A kept draft: the form's fields as the page sent them, and when. */
	public record Draft(String content, Instant savedAt) {
	}

	public void keep(UUID professional, UUID household, String item, String content, Instant now) {
		jdbc.sql("""
				insert into draft (professional_id, household_id, item, content, saved_at)
				values (:professional, :household, :item, :content, :now)
				on conflict (professional_id, household_id, item)
				do update set content = excluded.content, saved_at = excluded.saved_at
				""")
			.param("professional", professional)
			.param("household", household)
			.param("item", item)
			.param("content", cipher.encrypt(content))
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	public Optional<Draft> find(UUID professional, UUID household, String item) {
		return jdbc.sql("""
				select content, saved_at from draft
				 where professional_id = :professional and household_id = :household and item = :item
				""")
			.param("professional", professional)
			.param("household", household)
			.param("item", item)
			.query((rs, row) -> new Draft(cipher.decrypt(rs.getString("content")),
					rs.getTimestamp("saved_at").toInstant()))
			.optional();
	}

	/** Deletes the professional's drafts of an item, or of every part of it. */
	public void discard(UUID professional, UUID household, String itemOrPrefix) {
		jdbc.sql("""
				delete from draft
				 where professional_id = :professional and household_id = :household
				   and (item = :item or starts_with(item, :item || ':'))
				""")
			.param("professional", professional)
			.param("household", household)
			.param("item", itemOrPrefix)
			.update();
	}

	/** The household's file is destroyed: every draft about it goes. */
	public int deleteAllOf(UUID household) {
		return jdbc.sql("delete from draft where household_id = :household").param("household", household).update();
	}

}
