package nl.kernteam.webhook;

import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.EncryptedValues;
import nl.kernteam.shared.EncryptedValues.Stored;
import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriptions' signing secrets, rewritten with the current key version. */
@Repository
class WebhookSecretReEncryptionRepository implements EncryptedValues {

	private final JdbcClient jdbc;

	WebhookSecretReEncryptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "webhook_subscription.secret_encrypted";
	}

	@Override
	public Batch reEncrypt(PersonalDataCipher cipher, UUID after, int batch) {
		List<Stored> outdated = jdbc.sql("""
				select id, secret_encrypted from webhook_subscription
				 where case when :prefix = '' then strpos(secret_encrypted, ':') > 0
				            else left(secret_encrypted, length(:prefix)) <> :prefix end
				 and (cast(:after as uuid) is null or id > :after)
				 order by id
				 limit :batch
				""")
			.param("prefix", cipher.currentPrefix())
			.param("after", after)
			.param("batch", batch)
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("secret_encrypted")))
			.list();
		return EncryptedValues.rewrite(outdated, cipher, after, (row, renewed) -> jdbc.sql("""
				update webhook_subscription set secret_encrypted = :renewed where id = :id and secret_encrypted = :old
				""").param("renewed", renewed).param("id", row.id()).param("old", row.encrypted()).update());
	}

}
