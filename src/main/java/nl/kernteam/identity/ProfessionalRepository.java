package nl.kernteam.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfessionalRepository {

	private static final String SUMMARY_COLUMNS = """
			p.id, p.username, p.name, p.organisation_id, o.name as organisation_name, o.type as organisation_type,
			p.roles, p.email, p.phone, p.active, p.locked_until
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	ProfessionalRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(UUID id, CreateProfessional command, String passwordHash) {
		jdbc.sql("""
				insert into professional (id, username, password_hash, name, organisation_id, roles, email, phone)
				values (:id, :username, :hash, :name, :organisationId, string_to_array(:roles, ','), :email, :phone)
				""")
			.param("id", id)
			.param("username", Usernames.normalise(command.username()))
			.param("hash", passwordHash)
			.param("name", command.name().trim())
			.param("organisationId", command.organisationId())
			.param("roles", roles(command.roles()))
			.param("email", OrganisationRepository.blankToNull(command.email()))
			.param("phone", OrganisationRepository.blankToNull(command.phone()))
			.update();
	}

	/**
	 * @return false when the version was stale
	 */
	boolean update(UUID id, UpdateProfessional command) {
		return jdbc.sql("""
				update professional
				   set name = :name, organisation_id = :organisationId, roles = string_to_array(:roles, ','),
				       email = :email, phone = :phone, version = version + 1
				 where id = :id and version = :version
				""")
			.param("id", id)
			.param("name", command.name().trim())
			.param("organisationId", command.organisationId())
			.param("roles", roles(command.roles()))
			.param("email", OrganisationRepository.blankToNull(command.email()))
			.param("phone", OrganisationRepository.blankToNull(command.phone()))
			.param("version", command.version())
			.update() == 1;
	}

	void setActive(UUID id, boolean active) {
		jdbc.sql("update professional set active = :active, version = version + 1 where id = :id")
			.param("id", id)
			.param("active", active)
			.update();
	}

	void setPassword(UUID id, String passwordHash) {
		jdbc.sql(
				"""
						update professional set password_hash = :hash, failed_logins = 0, locked_until = null, version = version + 1
						 where id = :id
						""")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	boolean usernameTaken(String username) {
		return jdbc.sql("""
				select exists (select 1 from professional where lower(username) = lower(:username))
				    or exists (select 1 from family_account where lower(username) = lower(:username))
				""").param("username", Usernames.normalise(username)).query(Boolean.class).single();
	}

	Optional<UUID> idOf(String username) {
		return jdbc.sql("select id from professional where lower(username) = lower(:username)")
			.param("username", Usernames.normalise(username))
			.query(UUID.class)
			.optional();
	}

	Optional<ProfessionalSummary> find(UUID id) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + """
				  from professional p left join organisation o on o.id = p.organisation_id
				 where p.id = :id
				""").param("id", id).query(this::summary).optional();
	}

	int version(UUID id) {
		return jdbc.sql("select version from professional where id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

	Optional<Credentials> credentials(String username) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + """
				       , p.password_hash, p.demo
				  from professional p left join organisation o on o.id = p.organisation_id
				 where lower(p.username) = lower(:username)
				""")
			.param("username", Usernames.normalise(username))
			.query((rs, row) -> new Credentials(summary(rs, row), rs.getString("password_hash"), rs.getBoolean("demo")))
			.optional();
	}

	/**
	 * The professional an unexpired API token was issued to, in one statement with the
	 * token's lookup (one round trip per call made with a token).
	 */
	Optional<Credentials> credentialsByToken(byte[] tokenHash, java.time.Instant now) {
		return jdbc.sql("select " + SUMMARY_COLUMNS + """
				       , p.password_hash, p.demo
				  from api_token t join professional p on lower(p.username) = lower(t.username)
				  left join organisation o on o.id = p.organisation_id
				 where t.token_hash = :hash and t.expires_at > :now
				""")
			.param("hash", tokenHash)
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, row) -> new Credentials(summary(rs, row), rs.getString("password_hash"), rs.getBoolean("demo")))
			.optional();
	}

	/**
	 * Professionals whose name, username or organisation contains the text, optionally of
	 * one organisation type, one page at a time.
	 */
	PageOf<ProfessionalSummary> search(String text, OrganisationType type, boolean activeOnly, PageOf.Request page) {
		return PageOf.counted(page, request -> jdbc.sql("select " + SUMMARY_COLUMNS + """
				       , count(*) over () as total
				  from professional p left join organisation o on o.id = p.organisation_id
				 where (:text = '' or p.name ilike :pattern or p.username ilike :pattern or o.name ilike :pattern)
				   and (:type = '' or o.type = :type)
				   and (not :activeOnly or (p.active and p.organisation_id is not null))
				 order by lower(p.name), p.id limit :limit offset :offset
				""")
			.param("text", text)
			.param("pattern", Sql.containsPattern(text))
			.param("type", type == null ? "" : type.name())
			.param("activeOnly", activeOnly)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query((rs, row) -> new PageOf.Counted<>(summary(rs, row), rs.getLong("total")))
			.list());
	}

	/**
	 * Professionals one may bring into a family's network: active, of an organisation,
	 * holding the professional role (not an administrator's or privacy officer's account
	 * alone), never the one choosing; by name or organisation, one page at a time.
	 */
	PageOf<ProfessionalSummary> involvable(String text, UUID chooser, PageOf.Request page) {
		return PageOf.counted(page,
				request -> jdbc.sql("select " + SUMMARY_COLUMNS + """
						       , count(*) over () as total
						  from professional p join organisation o on o.id = p.organisation_id
						 where p.active and 'PROFESSIONAL' = any (p.roles) and p.id <> :chooser
						   and (:text = '' or p.name ilike :pattern or o.name ilike :pattern)
						 order by lower(p.name), p.id limit :limit offset :offset
						""")
					.param("text", text)
					.param("pattern", Sql.containsPattern(text))
					.param("chooser", chooser)
					.param("limit", request.size())
					.param("offset", request.offset())
					.query((rs, row) -> new PageOf.Counted<>(summary(rs, row), rs.getLong("total")))
					.list());
	}

	java.util.Map<UUID, ProfessionalSummary> findAll(java.util.Collection<UUID> ids) {
		var found = new java.util.HashMap<UUID, ProfessionalSummary>();
		if (ids.isEmpty()) {
			return found;
		}
		jdbc.sql("select " + SUMMARY_COLUMNS
				+ " from professional p left join organisation o on o.id = p.organisation_id where p.id = any (cast(:ids as uuid[]))")
			.param("ids", ids.stream().map(UUID::toString).distinct().toArray(String[]::new))
			.query(this::summary)
			.list()
			.forEach(p -> found.put(p.id(), p));
		return found;
	}

	/** The active privacy officers of the region, by id. */
	List<UUID> privacyOfficers() {
		return jdbc.sql("select id from professional where active and 'PRIVACY_OFFICER' = any (roles) order by id")
			.query(UUID.class)
			.list();
	}

	List<ProfessionalSummary> ofOrganisation(UUID organisationId) {
		return jdbc.sql("select " + SUMMARY_COLUMNS
				+ " from professional p join organisation o on o.id = p.organisation_id where p.organisation_id = :organisation"
				+ " and p.active order by lower(p.name), p.id limit 1000")
			.param("organisation", organisationId)
			.query(this::summary)
			.list();
	}

	/**
	 * Counts a failed login and locks the account until {@code lockUntil} once the limit
	 * is reached; a running lock (judged by the same clock, {@code now}) is not extended.
	 */
	void recordFailedLogin(String username, int maxAttempts, Instant now, Instant lockUntil) {
		jdbc.sql(
				"""
						update professional
						   set failed_logins = failed_logins + 1,
						       locked_until = case when failed_logins + 1 >= :max and (locked_until is null or locked_until <= :now)
						                           then :lockUntil else locked_until end
						 where lower(username) = lower(:username)
						""")
			.param("username", Usernames.normalise(username))
			.param("max", maxAttempts)
			.param("lockUntil", java.sql.Timestamp.from(lockUntil))
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	void recordSuccessfulLogin(String username) {
		jdbc.sql("""
				update professional set failed_logins = 0, locked_until = null
				 where lower(username) = lower(:username) and (failed_logins > 0 or locked_until is not null)
				""").param("username", Usernames.normalise(username)).update();
	}

	void unlock(UUID id) {
		jdbc.sql("update professional set failed_logins = 0, locked_until = null where id = :id")
			.param("id", id)
			.update();
	}

	/** A lock is judged by the application's clock, the one that set it. */
	ProfessionalSummary summary(ResultSet rs, int row) throws SQLException {
		var lockedUntil = rs.getTimestamp("locked_until");
		String type = rs.getString("organisation_type");
		return new ProfessionalSummary(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("name"),
				rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
				type == null ? null : OrganisationType.valueOf(type), roles(rs.getArray("roles")),
				rs.getString("email"), rs.getString("phone"), rs.getBoolean("active"),
				lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant()));
	}

	static Set<Role> roles(Array array) throws SQLException {
		var roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	static String roles(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

	boolean demoAccountsExist() {
		return jdbc.sql("select exists (select 1 from professional where demo and active)")
			.query(Boolean.class)
			.single();
	}

	record Credentials(ProfessionalSummary professional, String passwordHash, boolean demo) {
	}

}
