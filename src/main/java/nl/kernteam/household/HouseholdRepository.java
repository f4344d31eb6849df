package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and saves households with their members. */
@Repository
class HouseholdRepository {

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	HouseholdRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * @return false when a household with this id exists already (a repeated submit)
	 */
	boolean insert(UUID id, String name, UUID createdBy, Instant now) {
		return jdbc.sql("""
				insert into household (id, name, created_at, created_by, updated_at)
				values (:id, :name, :now, :createdBy, :now)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("name", name)
			.param("now", Timestamp.from(now))
			.param("createdBy", createdBy)
			.update() == 1;
	}

	/** The BSN fingerprints of the household's current members. */
	java.util.Set<String> fingerprints(UUID household) {
		return new java.util.HashSet<>(jdbc
			.sql("""
					select bsn_fingerprint from member where household_id = :household and removed_at is null and bsn_fingerprint is not null
					""")
			.param("household", household)
			.query(String.class)
			.list());
	}

	boolean exists(UUID id) {
		return jdbc.sql("select exists (select 1 from household where id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the member belongs to the household now; empty when the household does not
	 * exist. One statement for a family member's every access.
	 */
	Optional<Boolean> memberStanding(UUID household, UUID member) {
		return jdbc
			.sql("""
					select exists (select 1 from member m where m.id = :member and m.household_id = h.id and m.removed_at is null)
					  from household h where h.id = :household
					""")
			.param("household", household)
			.param("member", member)
			.query(Boolean.class)
			.optional();
	}

	Optional<String> name(UUID id) {
		return jdbc.sql("select name from household where id = :id").param("id", id).query(String.class).optional();
	}

	/** The household's own row (not its members); empty when it does not exist. */
	java.util.function.Supplier<Optional<HouseholdRow>> row(UUID id, nl.kernteam.shared.Reads reads) {
		return reads.sql("select id, name, version, created_at, updated_at from household where id = :id")
			.param("id", id)
			.optional((rs, row) -> new HouseholdRow(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
					rs.getTimestamp("updated_at").toInstant()));
	}

	/** Households with a current member whose BSN has this fingerprint. */
	java.util.List<HouseholdSummary> withMemberFingerprint(String fingerprint) {
		return withMember(fingerprint, null);
	}

	/**
	 * The households (at most 50) with a member whose BSN has this fingerprint, or whose
	 * name matches this {@code ilike} pattern.
	 */
	java.util.List<HouseholdSummary> withMember(String fingerprint, String namePattern) {
		return jdbc
			.sql("""
					select h.id, h.name, h.updated_at,
					       (select string_agg(m.given_name || ' ' || m.family_name, ', ' order by m.position)
					          from member m where m.household_id = h.id and m.removed_at is null) as member_names,
					       (select count(*) from member m where m.household_id = h.id and m.removed_at is null) as member_count
					  from household h
					 where exists (select 1 from member m where m.household_id = h.id and m.removed_at is null
					                  and (m.bsn_fingerprint = :fingerprint
					                       or (m.given_name || ' ' || m.family_name) ilike :pattern))
					 order by h.name limit 50
					""")
			.param("fingerprint", fingerprint == null ? "" : fingerprint)
			.param("pattern", namePattern == null ? "" : namePattern)
			.query((rs, row) -> new HouseholdSummary(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("member_names"), rs.getInt("member_count"), null,
					rs.getTimestamp("updated_at").toInstant(), false))
			.list();
	}

	Optional<UUID> createdBy(UUID id) {
		return jdbc.sql("select created_by from household where id = :id").param("id", id).query(UUID.class).optional();
	}

	/**
	 * @return false when the version was stale
	 */
	boolean update(UUID id, String name, int version, Instant now) {
		return jdbc.sql("""
				update household set name = :name, updated_at = :now, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", id)
			.param("name", name)
			.param("now", Timestamp.from(now))
			.param("version", version)
			.update() == 1;
	}

	void insertMember(UUID householdId, MemberInput member, int position) {
		String bsn = blank(member.bsn()) ? null : Bsn.canonical(member.bsn());
		jdbc.sql(
				"""
						insert into member (id, household_id, given_name, family_name, birth_date, role, bsn_fingerprint,
						                    bsn_encrypted, position, phone, email, residence, gender)
						values (:id, :household, :givenName, :familyName, :birthDate, :role, :fingerprint, :encrypted, :position,
						        :phone, :email, :residence, :gender)
						""")
			.param("gender", member.gender() == null ? null : member.gender().name())
			.param("phone", member.phone())
			.param("email", member.email())
			.param("residence", member.residence().name())
			.param("id", UUID.randomUUID())
			.param("household", householdId)
			.param("givenName", member.givenName().trim())
			.param("familyName", member.familyName().trim())
			.param("birthDate", member.birthDate())
			.param("role", member.role().name())
			.param("fingerprint", bsn == null ? null : cipher.fingerprint(bsn))
			.param("encrypted", bsn == null ? null : cipher.encrypt(bsn))
			.param("position", position)
			.update();
	}

	/** Every member the household has had, current or removed. */
	List<UUID> memberIdsEver(UUID householdId) {
		return jdbc.sql("select id from member where household_id = :household")
			.param("household", householdId)
			.query(UUID.class)
			.list();
	}

	/**
	 * @return false when the member is not a current member of this household
	 */
	boolean updateMember(UUID householdId, MemberInput member, int position) {
		String bsn = blank(member.bsn()) ? null : Bsn.canonical(member.bsn());
		return jdbc.sql("""
				update member
				   set given_name = :givenName, family_name = :familyName, birth_date = :birthDate, role = :role,
				       bsn_fingerprint = cast(:fingerprint as text),
				       bsn_encrypted = case when cast(:fingerprint as text) is null then null
				                            when bsn_fingerprint = cast(:fingerprint as text) then bsn_encrypted
				                            else cast(:encrypted as text) end,
				       position = :position, phone = :phone, email = :email, residence = :residence,
				       gender = :gender
				 where id = :id and household_id = :household and removed_at is null
				""")
			.param("gender", member.gender() == null ? null : member.gender().name())
			.param("phone", member.phone())
			.param("email", member.email())
			.param("residence", member.residence().name())
			.param("id", member.id())
			.param("household", householdId)
			.param("givenName", member.givenName().trim())
			.param("familyName", member.familyName().trim())
			.param("birthDate", member.birthDate())
			.param("role", member.role().name())
			.param("fingerprint", bsn == null ? null : cipher.fingerprint(bsn))
			.param("encrypted", bsn == null ? null : cipher.encrypt(bsn))
			.param("position", position)
			.update() == 1;
	}

	void removeMember(UUID householdId, UUID memberId, Instant now) {
		jdbc.sql(
				"update member set removed_at = :now where id = :id and household_id = :household and removed_at is null")
			.param("id", memberId)
			.param("household", householdId)
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<HouseholdDetails> details(UUID id, boolean emergency, java.time.Instant emergencyUntil) {
		var members = members(id);
		return row(id, nl.kernteam.shared.ReadBatch.now(jdbc)).get()
			.map((row) -> details(row, members, emergency, emergencyUntil));
	}

	/**
	 * The details from a row already read (by the page's access decision) and its
	 * members.
	 */
	static HouseholdDetails details(HouseholdRow row, List<MemberDetails> members, boolean emergency,
			java.time.Instant emergencyUntil) {
		return new HouseholdDetails(row.id(), row.name(), members, row.version(), row.createdAt(), row.updatedAt(),
				emergency, emergencyUntil);
	}

	/**
	 * The current members of one household. A statement of its own rather than the one
	 * for several households: with {@code = any(...)} PostgreSQL planned it anew on every
	 * page (a custom plan for one id being cheaper than the generic one for ten), with
	 * {@code =} it keeps its plan (issue 19).
	 */
	List<MemberDetails> members(UUID householdId) {
		return members(householdId, nl.kernteam.shared.ReadBatch.now(jdbc)).get();
	}

	/** The current members of one household, read with the page's other reads. */
	java.util.function.Supplier<List<MemberDetails>> members(UUID householdId, nl.kernteam.shared.Reads reads) {
		return reads
			.sql("""
					select household_id, id, given_name, family_name, birth_date, role, bsn_encrypted, phone, email, residence,
					       gender
					  from member where household_id = :household and removed_at is null
					 order by position, id
					""")
			.param("household", householdId)
			.list((rs, row) -> member(rs));
	}

	/** The current members of several households, in one query. */
	java.util.Map<UUID, List<MemberDetails>> members(java.util.Collection<UUID> householdIds) {
		var result = new java.util.LinkedHashMap<UUID, List<MemberDetails>>();
		jdbc.sql(
				"""
						select household_id, id, given_name, family_name, birth_date, role, bsn_encrypted, phone, email, residence,
						       gender
						  from member where household_id = any(:households) and removed_at is null
						 order by household_id, position, id
						""")
			.param("households", householdIds.toArray(UUID[]::new))
			.query((rs, row) -> result
				.computeIfAbsent(rs.getObject("household_id", UUID.class), key -> new java.util.ArrayList<>())
				.add(member(rs)))
			.list();
		return result;
	}

	private MemberDetails member(java.sql.ResultSet rs) throws java.sql.SQLException {
		String encrypted = rs.getString("bsn_encrypted");
		return new MemberDetails(rs.getObject("id", UUID.class), rs.getString("given_name"),
				rs.getString("family_name"), rs.getObject("birth_date", java.time.LocalDate.class),
				MemberRole.valueOf(rs.getString("role")),
				encrypted == null ? null : Bsn.masked(cipher.decrypt(encrypted)), rs.getString("phone"),
				rs.getString("email"), Residence.valueOf(rs.getString("residence")),
				rs.getString("gender") == null ? null : Gender.valueOf(rs.getString("gender")));
	}

	/**
	 * The full BSNs of the current members, for the edit form of someone who may change
	 * them.
	 */
	java.util.Map<UUID, String> bsns(UUID householdId) {
		var result = new java.util.HashMap<UUID, String>();
		jdbc.sql(
				"select id, bsn_encrypted from member where household_id = :household and removed_at is null and bsn_encrypted is not null")
			.param("household", householdId)
			.query((rs, row) -> result.put(rs.getObject("id", UUID.class),
					cipher.decrypt(rs.getString("bsn_encrypted"))))
			.list();
		return result;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
