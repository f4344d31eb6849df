package nl.kernteam.household;

import java.util.List;
import java.util.UUID;

import nl.kernteam.shared.EncryptedValues;
import nl.kernteam.shared.EncryptedValues.Stored;
import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members' encrypted BSNs, rewritten with the current key version. The fingerprint
 * does not change (its key stays with the secret); the member's version for concurrent
 * edits does not either, as the number itself is the same.
 */
@Repository
class BsnReEncryptionRepository implements EncryptedValues {

	private final JdbcClient jdbc;

	BsnReEncryptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "member.bsn_encrypted";
	}

	@Override
	public Batch reEncrypt(PersonalDataCipher cipher, UUID after, int batch) {
		List<Stored> outdated = jdbc.sql("""
				select id, bsn_encrypted from member
				 where bsn_encrypted is not null
				   and case when :prefix = '' then strpos(bsn_encrypted, ':') > 0
				            else left(bsn_encrypted, length(:prefix)) <> :prefix end
				 and (cast(:after as uuid) is null or id > :after)
				 order by id
				 limit :batch
				""")
			.param("prefix", cipher.currentPrefix())
			.param("after", after)
			.param("batch", batch)
			.query((rs, row) -> new Stored(rs.getObject("id", UUID.class), rs.getString("bsn_encrypted")))
			.list();
		return EncryptedValues.rewrite(outdated, cipher, after, (row, renewed) -> jdbc.sql("""
				update member set bsn_encrypted = :renewed where id = :id and bsn_encrypted = :old
				""").param("renewed", renewed).param("id", row.id()).param("old", row.encrypted()).update());
	}

}
