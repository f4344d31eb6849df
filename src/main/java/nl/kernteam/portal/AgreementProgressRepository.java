package nl.kernteam.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.FamilyMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A family member's progress on their own agreements; which agreements are theirs from
 * the plan's published view.
 */
@Repository
class AgreementProgressRepository {

	private final JdbcClient jdbc;

	AgreementProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The live agreement of this household, with whose it is. */
	Optional<OwnAgreement> agreement(UUID household, UUID agreement) {
		return jdbc.sql("""
				select id, description, owner_member_id, status from plan_agreement_owner
				 where id = :agreement and household_id = :household
				""")
			.param("agreement", agreement)
			.param("household", household)
			.query((rs, n) -> new OwnAgreement(rs.getObject("id", UUID.class), rs.getString("description"),
					rs.getObject("owner_member_id", UUID.class), rs.getString("status")))
			.optional();
	}

	void insert(UUID id, FamilyMember member, UUID agreement, boolean done, String text, Instant now) {
		jdbc.sql(
				"""
						insert into portal_agreement_progress (id, household_id, agreement_id, done, text, account_id, member_id,
						                                       author_name, recorded_at)
						values (:id, :household, :agreement, :done, :text, :account, :member, :name, :now)
						""")
			.param("id", id)
			.param("household", member.householdId())
			.param("agreement", agreement)
			.param("done", done)
			.param("text", text.trim())
			.param("account", member.accountId())
			.param("member", member.memberId())
			.param("name", member.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** What the family wrote on this agreement, newest first. */
	List<Step> steps(UUID household, UUID agreement) {
		return jdbc.sql("""
				select author_name, done, text, recorded_at from portal_agreement_progress
				 where household_id = :household and agreement_id = :agreement order by recorded_at desc, id
				""")
			.param("household", household)
			.param("agreement", agreement)
			.query((rs, n) -> new Step(rs.getString("author_name"), rs.getBoolean("done"), rs.getString("text"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/**
	 * An agreement of the plan and the member who owns it ({@code null}: not a member).
	 */
	record OwnAgreement(UUID id, String description, UUID ownerMemberId, String status) {
	}

	/** A step the family member wrote. */
	record Step(String author, boolean done, String text, Instant at) {
	}

}
