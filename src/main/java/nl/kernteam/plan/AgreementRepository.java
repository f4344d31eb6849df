package nl.kernteam.plan;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A plan's agreements (who does what by when, owned by a member, someone of the family's
 * circle or a professional) and the progress recorded on them.
 */
@Repository
class AgreementRepository {

	private final JdbcClient jdbc;

	AgreementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stored owner of an agreement, to keep it when someone who left the network
	 * still owns it.
	 */
	Optional<Owner> owner(UUID household, UUID agreement) {
		return jdbc
			.sql("""
					select owner_kind, coalesce(owner_member_id, owner_involvement_id, owner_professional_id) as owner_id, owner_name
					  from plan_agreement where id = :id and household_id = :household
					""")
			.param("id", agreement)
			.param("household", household)
			.query((rs, row) -> new Owner(OwnerKind.valueOf(rs.getString("owner_kind")),
					rs.getObject("owner_id", UUID.class), rs.getString("owner_name"), null))
			.optional();
	}

	/**
	 * Whether a current agreement with this id belongs to this household (a foreign id
	 * never does).
	 */
	boolean agreementExists(UUID household, UUID agreement) {
		return jdbc
			.sql("""
					select exists (select 1 from plan_agreement where id = :id and household_id = :household and removed_at is null)
					""")
			.param("id", agreement)
			.param("household", household)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The agreements that took over a next step of the joint assessment, by the step's
	 * id: the plan no longer offers those steps.
	 */
	java.util.Set<UUID> takenNextSteps(UUID household) {
		return new java.util.HashSet<>(jdbc.sql("""
				select next_step_id from plan_agreement
				 where household_id = :household and next_step_id is not null and removed_at is null
				""").param("household", household).query(UUID.class).list());
	}

	/** The current agreement that took over this next step, if any. */
	Optional<UUID> fromNextStep(UUID household, UUID nextStep) {
		return jdbc.sql("""
				select id from plan_agreement
				 where household_id = :household and next_step_id = :step and removed_at is null limit 1
				""").param("household", household).param("step", nextStep).query(UUID.class).optional();
	}

	boolean insertAgreement(UUID id, UUID household, UUID goal, String description, Owner owner, LocalDate due,
			UUID nextStep, UUID by, Instant now) {
		return jdbc
			.sql("""
					insert into plan_agreement (id, household_id, goal_id, description, owner_kind, owner_member_id,
					    owner_involvement_id, owner_professional_id, owner_name, due_date, next_step_id, created_at, created_by,
					    updated_at, updated_by)
					values (:id, :household, :goal, :description, :kind, :member, :involvement, :professional, :name, :due,
					        :nextStep, :now, :by, :now, :by)
					on conflict (id) do nothing
					""")
			.param("id", id)
			.param("household", household)
			.param("goal", goal)
			.param("description", description.trim())
			.param("kind", owner.kind().name())
			.param("member", PlanOwners.idOf(owner, OwnerKind.FAMILY_MEMBER))
			.param("involvement", PlanOwners.idOf(owner, OwnerKind.INFORMAL))
			.param("professional", PlanOwners.idOf(owner, OwnerKind.PROFESSIONAL))
			.param("name", owner.name())
			.param("due", due == null ? null : Date.valueOf(due))
			.param("nextStep", nextStep)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * @return false when the agreement is unknown or the version stale
	 */
	boolean updateAgreement(UUID household, UUID agreement, UpdateAgreement update, Owner owner, UUID by, Instant now) {
		return jdbc.sql("""
				update plan_agreement
				   set goal_id = :goal, description = :description, owner_kind = :kind, owner_member_id = :member,
				       owner_involvement_id = :involvement, owner_professional_id = :professional, owner_name = :name,
				       due_date = :due,
				       status_changed_at = case when status <> :status then :now else status_changed_at end,
				       status = :status, version = version + 1, updated_at = :now, updated_by = :by
				 where id = :id and household_id = :household and version = :version and removed_at is null
				""")
			.param("id", agreement)
			.param("household", household)
			.param("goal", update.goalId())
			.param("description", update.description().trim())
			.param("kind", owner.kind().name())
			.param("member", PlanOwners.idOf(owner, OwnerKind.FAMILY_MEMBER))
			.param("involvement", PlanOwners.idOf(owner, OwnerKind.INFORMAL))
			.param("professional", PlanOwners.idOf(owner, OwnerKind.PROFESSIONAL))
			.param("name", owner.name())
			.param("due", update.dueDate() == null ? null : Date.valueOf(update.dueDate()))
			.param("status", update.status().name())
			.param("version", update.version())
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * @return false when a note with this id exists already
	 */
	boolean insertProgress(UUID id, UUID agreement, String text, String onBehalfOf, UUID by, Instant now) {
		return jdbc.sql("""
				insert into plan_progress (id, agreement_id, text, on_behalf_of, recorded_by, recorded_at)
				values (:id, :agreement, :text, :onBehalfOf, :by, :now)
				on conflict (id) do nothing
				""")
			.param("id", id)
			.param("agreement", agreement)
			.param("text", text.trim())
			.param("onBehalfOf", PlanRepository.blankToNull(onBehalfOf))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

}
