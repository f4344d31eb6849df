package nl.kernteam.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Households linked into one family system: links made on purpose, and members shared by
 * two households (the same BSN fingerprint: a child of parents who live apart).
 */
@Repository
class FamilySystemRepository {

	/**
	 * A family system larger than this is a data error, not a family; the walk stops
	 * there.
	 */
	static final int MAX_HOUSEHOLDS = 25;

	/**
	 * The query, in a file of its own so that the benchmark can EXPLAIN the very same
	 * text.
	 */
	private static final String FAMILY_SYSTEM = sql("household/family-system.sql");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	FamilySystemRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @return false when a link with this id exists already, or the two households are
	 * linked already
	 */
	boolean link(UUID id, UUID household, LinkHouseholds link, UUID by, Instant now) {
		return jdbc.sql("""
				insert into household_link (id, household_id, other_household_id, kind, reason, created_at, created_by)
				values (:id, :household, :other, :kind, :reason, :now, :by)
				on conflict do nothing
				""")
			.param("id", id)
			.param("household", household)
			.param("other", link.otherHouseholdId())
			.param("kind", link.kind().name())
			.param("reason", link.reason().trim())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	/** The current link between two households, whichever way round it was made. */
	Optional<UUID> currentLink(UUID household, UUID other) {
		return jdbc.sql("""
				select id from household_link
				 where least(household_id, other_household_id) = least(cast(:a as uuid), cast(:b as uuid))
				   and greatest(household_id, other_household_id) = greatest(cast(:a as uuid), cast(:b as uuid))
				   and ended_at is null
				""").param("a", household).param("b", other).query(UUID.class).optional();
	}

	/** Whether a link with this id exists (of any pair). */
	Optional<UUID> linkHouseholds(UUID link) {
		return jdbc.sql("select household_id from household_link where id = :id")
			.param("id", link)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Everything a family system shows, in one query: the walk over links and shared
	 * members (each step on the link indexes and the BSN-fingerprint index), the
	 * households with their contact person and whether the professional may see them, and
	 * of the households they may see the members and current relations. The database
	 * returns it as one JSON document.
	 */
	Loaded load(UUID household, UUID professional) {
		String document = jdbc.sql(FAMILY_SYSTEM)
			.param("household", household)
			.param("me", professional)
			.param("now", Timestamp.from(clock.instant()))
			.param("maxDepth", 4)
			.param("maxHouseholds", MAX_HOUSEHOLDS)
			.query(String.class)
			.single();
		return json.readValue(document, Loaded.class);
	}

	/**
	 * The family system as the database returns it; {@link FamilySystemQueries} turns it
	 * into what pages show.
	 */
	record Loaded(List<HouseholdRow> households, List<FamilySystem.Connection> connections, List<MemberRow> members,
			List<RelationRow> relations, List<ThemeRow> themes) {
	}

	record ThemeRow(UUID memberId, Theme theme) {
	}

	/**
	 * @return false when the member does not carry this theme in this household
	 */
	boolean endTheme(UUID household, MarkTheme mark, Instant now) {
		return jdbc.sql("""
				update member_theme set ended_at = :now
				 where household_id = :household and member_id = :member and theme = :theme and ended_at is null
				""")
			.param("household", household)
			.param("member", mark.memberId())
			.param("theme", mark.theme().name())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * @return false when the member carries this theme already
	 */
	boolean markTheme(UUID household, MarkTheme mark, UUID by, Instant now) {
		return jdbc.sql("""
				insert into member_theme (id, household_id, member_id, theme, created_at, created_by)
				select :id, :household, m.id, :theme, :now, :by
				  from member m where m.id = :member and m.household_id = :household and m.removed_at is null
				on conflict do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("household", household)
			.param("member", mark.memberId())
			.param("theme", mark.theme().name())
			.param("now", Timestamp.from(now))
			.param("by", by)
			.update() == 1;
	}

	record HouseholdRow(UUID id, String name, boolean visible, boolean emergency, String contactName,
			String contactOrganisation) {
	}

	record MemberRow(UUID householdId, UUID id, String person, String givenName, String familyName,
			java.time.LocalDate birthDate, MemberRole role, String bsnEncrypted, String phone, String email,
			Residence residence, Gender gender) {
	}

	public record RelationRow(UUID householdId, UUID id, UUID fromMemberId, UUID guardianOrganisationId,
			String agencyName, UUID toMemberId, RelationKind kind, boolean parentalAuthority,
			java.time.LocalDate authoritySince) {
	}

	private static String sql(String resource) {
		try (var in = FamilySystemRepository.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(java.util.Objects.requireNonNull(in, resource).readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

}
