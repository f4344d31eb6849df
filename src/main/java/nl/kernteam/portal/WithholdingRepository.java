package nl.kernteam.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portal's own tables: withholdings ({@code portal_withholding}) and who a member
 * allowed to see what concerns them ({@code portal_sharing}).
 */
@Repository
class WithholdingRepository {

	private final JdbcClient jdbc;

	WithholdingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, UUID household, Withhold withhold, UUID by, Instant at) {
		jdbc.sql(
				"""
						insert into portal_withholding (id, household_id, member_id, item_kind, item_id, reason, note, review_on,
						                                created_at, created_by)
						values (:id, :household, :member, :kind, :item, :reason, :note, :reviewOn, :at, :by)
						""")
			.param("id", id)
			.param("household", household)
			.param("member", withhold.memberId())
			.param("kind", withhold.itemKind().name())
			.param("item", withhold.itemId())
			.param("reason", withhold.reason().name())
			.param("note", withhold.note())
			.param("reviewOn", withhold.reviewOn())
			.param("at", Timestamp.from(at))
			.param("by", by)
			.update();
	}

	boolean isWithheld(UUID member, FamilyItemKind kind, UUID item) {
		return jdbc.sql("""
				select count(*) from portal_withholding
				 where member_id = :member and item_kind = :kind and item_id = :item and ended_at is null
				""")
			.param("member", member)
			.param("kind", kind.name())
			.param("item", item)
			.query(Long.class)
			.single() > 0;
	}

	Supplier<Long> running(UUID household, Reads reads) {
		return reads.sql("select count(*) from portal_withholding where household_id = :household and ended_at is null")
			.param("household", household)
			.single((rs, row) -> rs.getLong(1));
	}

	/** The household's withholdings, running first, then the latest. */
	List<Withholding> ofHousehold(UUID household) {
		return jdbc.sql("""
				select w.id, w.member_id, m.given_name || ' ' || m.family_name as member_name, w.item_kind, w.item_id,
				       w.reason, w.note, w.review_on, w.created_at, p.name as created_by_name, w.ended_at
				  from portal_withholding w
				  left join current_member m on m.id = w.member_id
				  join professional_profile p on p.id = w.created_by
				 where w.household_id = :household
				 order by w.ended_at is not null, w.created_at desc
				 limit 500
				""").param("household", household).query(this::withholding).list();
	}

	/**
	 * Ends a running withholding; false when there is none by that id in the household.
	 */
	boolean end(UUID household, UUID id, UUID by, Instant at) {
		return jdbc.sql("""
				update portal_withholding set ended_at = :at, ended_by = :by
				 where id = :id and household_id = :household and ended_at is null
				""")
			.param("id", id)
			.param("household", household)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** What is kept from this member now: the items, and the reasons. */
	Kept keptFrom(UUID household, UUID member) {
		var items = new HashSet<String>();
		var reasons = new java.util.TreeSet<WithholdingReason>();
		jdbc.sql("""
				select item_kind, item_id, reason from portal_withholding
				 where household_id = :household and member_id = :member and ended_at is null
				""").param("household", household).param("member", member).query(rs -> {
			items.add(key(FamilyItemKind.valueOf(rs.getString("item_kind")), rs.getObject("item_id", UUID.class)));
			reasons.add(WithholdingReason.valueOf(rs.getString("reason")));
		});
		return new Kept(Set.copyOf(items), List.copyOf(reasons));
	}

	/** The members who allowed this viewer to see what concerns them. */
	Set<UUID> allowedBy(UUID household, UUID viewer) {
		return Set.copyOf(jdbc.sql("""
				select member_id from portal_sharing
				 where household_id = :household and viewer_member_id = :viewer and ended_at is null
				""").param("household", household).param("viewer", viewer).query(UUID.class).list());
	}

	/** The members this member allows to see what concerns them. */
	Set<UUID> allows(UUID household, UUID member) {
		return Set.copyOf(jdbc.sql("""
				select viewer_member_id from portal_sharing
				 where household_id = :household and member_id = :member and ended_at is null
				""").param("household", household).param("member", member).query(UUID.class).list());
	}

	/** Replaces whom the member allows: ends the others, adds the new ones. */
	void allow(UUID household, UUID member, Set<UUID> viewers, Instant at) {
		jdbc.sql("""
				update portal_sharing set ended_at = :at
				 where household_id = :household and member_id = :member and ended_at is null
				   and not (viewer_member_id = any (:viewers))
				""")
			.param("household", household)
			.param("member", member)
			.param("viewers", viewers.toArray(UUID[]::new))
			.param("at", Timestamp.from(at))
			.update();
		for (UUID viewer : viewers) {
			jdbc.sql("""
					insert into portal_sharing (household_id, member_id, viewer_member_id, allowed_at)
					values (:household, :member, :viewer, :at)
					on conflict do nothing
					""")
				.param("household", household)
				.param("member", member)
				.param("viewer", viewer)
				.param("at", Timestamp.from(at))
				.update();
		}
	}

	static String key(FamilyItemKind kind, UUID id) {
		return kind + ":" + id;
	}

	private Withholding withholding(ResultSet rs, int row) throws SQLException {
		var ended = rs.getTimestamp("ended_at");
		return new Withholding(rs.getObject("id", UUID.class), rs.getObject("member_id", UUID.class),
				rs.getString("member_name"), FamilyItemKind.valueOf(rs.getString("item_kind")),
				rs.getObject("item_id", UUID.class), null, WithholdingReason.valueOf(rs.getString("reason")),
				rs.getString("note"), rs.getObject("review_on", LocalDate.class),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"),
				ended == null ? null : ended.toInstant());
	}

	/** What is kept from one member: item keys ({@link #key}) and the general reasons. */
	record Kept(Set<String> items, List<WithholdingReason> reasons) {

		boolean contains(FamilyItemKind kind, UUID id) {
			return items.contains(key(kind, id));
		}

		int count() {
			return items.size();
		}

	}

}
