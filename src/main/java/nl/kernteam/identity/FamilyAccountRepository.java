package nl.kernteam.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.shared.ReadBatch;
import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The family accounts, their one-time codes and their lockout. */
@Repository
class FamilyAccountRepository {

	private static final String COLUMNS = """
			id, household_id, member_id, member_name, username, invited_by, invited_at, code_expires_at,
			activated_at, ended_at, locked_until, version
			""";

	private final JdbcClient jdbc;

	FamilyAccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds an invited account; {@code false} when the member already has a live account.
	 */
	boolean insert(UUID id, UUID household, UUID member, String memberName, UUID invitedBy, byte[] codeHash,
			Instant now, Instant expires) {
		return jdbc.sql("""
				insert into family_account (id, household_id, member_id, member_name, invited_by, invited_at,
				                            activation_code_hash, code_expires_at)
				values (:id, :household, :member, :name, :invitedBy, :now, :code, :expires)
				on conflict (member_id) where ended_at is null do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("member", member)
			.param("name", memberName)
			.param("invitedBy", invitedBy)
			.param("now", Timestamp.from(now))
			.param("code", codeHash)
			.param("expires", Timestamp.from(expires))
			.update() == 1;
	}

	/** A new one-time code for a live account, for a lost password or an expired code. */
	boolean newCode(UUID id, byte[] codeHash, Instant expires) {
		return jdbc
			.sql("""
					update family_account set activation_code_hash = :code, code_expires_at = :expires, version = version + 1
					 where id = :id and ended_at is null
					""")
			.param("id", id)
			.param("code", codeHash)
			.param("expires", Timestamp.from(expires))
			.update() == 1;
	}

	/**
	 * Uses a code that has not expired: sets the username and password, and the code is
	 * gone; locked for the update so that a code is used once.
	 */
	Optional<FamilyAccount> claim(byte[] codeHash, Instant now) {
		return jdbc.sql("select " + COLUMNS + """
				  from family_account
				 where activation_code_hash = :code and code_expires_at > :now and ended_at is null
				   for update
				""").param("code", codeHash).param("now", Timestamp.from(now)).query(this::row).optional();
	}

	void activate(UUID id, String username, String passwordHash, Instant now) {
		jdbc.sql("""
				update family_account
				   set username = :username, password_hash = :hash, activated_at = coalesce(activated_at, :now),
				       activation_code_hash = null, code_expires_at = null, failed_logins = 0, locked_until = null,
				       version = version + 1
				 where id = :id
				""")
			.param("id", id)
			.param("username", Usernames.normalise(username))
			.param("hash", passwordHash)
			.param("now", Timestamp.from(now))
			.update();
	}

	boolean end(UUID id, UUID household, UUID by, Instant now) {
		return jdbc.sql("""
				update family_account
				   set ended_at = :now, ended_by = :by, activation_code_hash = null, code_expires_at = null,
				       version = version + 1
				 where id = :id and household_id = :household and ended_at is null
				""")
			.param("id", id)
			.param("household", household)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	Optional<FamilyAccount> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from family_account where id = :id")
			.param("id", id)
			.query(this::row)
			.optional();
	}

	/** The household's accounts, live ones first, at most 100 (a household has a few). */
	List<FamilyAccount> ofHousehold(UUID household) {
		return ofHousehold(household, ReadBatch.now(jdbc)).get();
	}

	/** The same, read with a page's other reads. */
	Supplier<List<FamilyAccount>> ofHousehold(UUID household, Reads reads) {
		return reads.sql("select " + COLUMNS + """
				  from family_account where household_id = :household
				 order by ended_at is not null, invited_at desc, id limit 100
				""").param("household", household).list(this::row);
	}

	/** The live, activated account with this username, with its password hash. */
	Optional<Credentials> credentials(String username) {
		return jdbc.sql("select " + COLUMNS + """
				       , password_hash, demo
				  from family_account
				 where lower(username) = lower(:username) and ended_at is null
				""")
			.param("username", Usernames.normalise(username))
			.query((rs, n) -> new Credentials(row(rs, n), rs.getString("password_hash"), rs.getBoolean("demo")))
			.optional();
	}

	/**
	 * The live, activated accounts of the members with this BSN fingerprint (the
	 * household's published members): one, or more for a person in two households.
	 */
	List<Credentials> credentialsByBsnFingerprint(String fingerprint) {
		return jdbc.sql("select " + COLUMNS + """
				       , password_hash, demo
				  from family_account
				 where ended_at is null and username is not null
				   and member_id in (select m.id from current_member m where m.bsn_fingerprint = :fingerprint)
				 limit 2
				""")
			.param("fingerprint", fingerprint)
			.query((rs, n) -> new Credentials(row(rs, n), rs.getString("password_hash"), rs.getBoolean("demo")))
			.list();
	}

	void recordFailedLogin(String username, int maxAttempts, Instant now, Instant lockUntil) {
		jdbc.sql(
				"""
						update family_account
						   set failed_logins = failed_logins + 1,
						       locked_until = case when failed_logins + 1 >= :max and (locked_until is null or locked_until <= :now)
						                           then :lockUntil else locked_until end
						 where lower(username) = lower(:username) and ended_at is null
						""")
			.param("username", Usernames.normalise(username))
			.param("max", maxAttempts)
			.param("lockUntil", Timestamp.from(lockUntil))
			.param("now", Timestamp.from(now))
			.update();
	}

	void recordSuccessfulLogin(String username) {
		jdbc.sql("""
				update family_account set failed_logins = 0, locked_until = null
				 where lower(username) = lower(:username) and (failed_logins > 0 or locked_until is not null)
				""").param("username", Usernames.normalise(username)).update();
	}

	/**
	 * Deletes the household's accounts; the usernames of those that had one (others as
	 * "").
	 */
	java.util.List<String> deleteAllOf(UUID household) {
		return jdbc.sql("delete from family_account where household_id = :h returning coalesce(username, '')")
			.param("h", household)
			.query(String.class)
			.list();
	}

	boolean demoAccountsExist() {
		return jdbc.sql("select exists (select 1 from family_account where demo)").query(Boolean.class).single();
	}

	/**
	 * The demo's family: anouk.dejong's first household with a parent, and its contact
	 * person.
	 */
	Optional<UUID[]> demoHousehold() {
		return jdbc
			.sql("""
					select c.household_id, c.professional_id
					  from current_contact_person c join professional p on p.id = c.professional_id
					 where p.username = 'anouk.dejong'
					   and exists (select 1 from current_member m where m.household_id = c.household_id and m.role = 'PARENT')
					 order by c.started_at, c.household_id limit 1
					""")
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional();
	}

	/** A demo account, activated, for the household's first adult parent. */
	void insertDemoParent(UUID household, UUID contactPerson, String username, String hash, LocalDate adult,
			Instant now) {
		jdbc.sql("""
				insert into family_account (id, household_id, member_id, member_name, username, password_hash,
				                            invited_by, invited_at, activated_at, demo)
				select gen_random_uuid(), m.household_id, m.id, m.given_name || ' ' || m.family_name, :username, :hash,
				       :contactPerson, :now, :now, true
				  from current_member m
				 where m.household_id = :household and m.role = 'PARENT' and m.birth_date <= :adult
				 order by m.position limit 1
				""")
			.param("household", household)
			.param("contactPerson", contactPerson)
			.param("username", username)
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.param("adult", adult)
			.update();
	}

	/**
	 * A demo account, activated, for the household's oldest child of 12 to 17, if any.
	 */
	void insertDemoYoungPerson(UUID household, UUID contactPerson, String username, String hash, LocalDate adult,
			Instant now) {
		jdbc.sql("""
				insert into family_account (id, household_id, member_id, member_name, username, password_hash,
				                            invited_by, invited_at, activated_at, demo)
				select gen_random_uuid(), m.household_id, m.id, m.given_name || ' ' || m.family_name, :username, :hash,
				       :contactPerson, :now, :now, true
				  from current_member m
				 where m.household_id = :household and m.role = 'CHILD' and m.birth_date > :adult
				   and m.birth_date <= :adult + interval '6 years'
				 order by m.birth_date limit 1
				""")
			.param("household", household)
			.param("contactPerson", contactPerson)
			.param("username", username)
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.param("adult", adult)
			.update();
	}

	private FamilyAccount row(ResultSet rs, int n) throws SQLException {
		return new FamilyAccount(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
				rs.getObject("member_id", UUID.class), rs.getString("member_name"), rs.getString("username"),
				rs.getObject("invited_by", UUID.class), instant(rs, "invited_at"), instant(rs, "code_expires_at"),
				instant(rs, "activated_at"), instant(rs, "ended_at"), instant(rs, "locked_until"),
				rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return at == null ? null : at.toInstant();
	}

	record Credentials(FamilyAccount account, String passwordHash, boolean demo) {
	}

}
