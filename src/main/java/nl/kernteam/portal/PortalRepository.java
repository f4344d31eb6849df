package nl.kernteam.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import nl.kernteam.shared.Reads;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the portal reads of other modules, from their published views. */
@Repository
class PortalRepository {

	private final JdbcClient jdbc;

	PortalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A current member of the household. */
	Optional<Member> member(UUID household, UUID member) {
		return jdbc.sql("""
				select id, given_name, family_name, birth_date, role from current_member
				 where id = :member and household_id = :household
				""")
			.param("household", household)
			.param("member", member)
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("role")))
			.optional();
	}

	/** The current members of the household, in their order. */
	Supplier<java.util.List<Member>> members(UUID household, Reads reads) {
		return reads.sql("""
				select id, given_name, family_name, birth_date, role from current_member
				 where household_id = :household order by position, id
				""")
			.param("household", household)
			.list((rs, n) -> new Member(rs.getObject("id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("role")));
	}

	/** The household with its contact person and members, in one statement. */
	FamilyHousehold.Basics household(UUID household) {
		return jdbc
			.sql("""
					select h.name,
					       p.name as contact_name, o.name as contact_organisation, p.phone as contact_phone,
					       p.email as contact_email,
					       (select coalesce(json_agg(json_build_object('id', m.id, 'name', m.given_name || ' ' || m.family_name,
					                                                   'role', m.role) order by m.position), '[]')
					          from current_member m where m.household_id = h.id) as members
					  from household_profile h
					  left join current_contact_person c on c.household_id = h.id
					  left join professional_profile p on p.id = c.professional_id
					  left join organisation_profile o on o.id = p.organisation_id
					 where h.id = :household
					""")
			.param("household", household)
			.query((rs, n) -> {
				var contact = rs.getString("contact_name") == null ? null
						: new FamilyHousehold.ContactPerson(rs.getString("contact_name"),
								rs.getString("contact_organisation"), rs.getString("contact_phone"),
								rs.getString("contact_email"));
				return new FamilyHousehold.Basics(rs.getString("name"), contact,
						FamilyHousehold.members(rs.getString("members")));
			})
			.single();
	}

	/**
	 * The family as the viewer stands in it: every member's birth date, and the viewer's
	 * children with and without parental authority.
	 */
	Family family(UUID household, UUID viewer) {
		var births = new java.util.HashMap<UUID, LocalDate>();
		jdbc.sql("select id, birth_date from current_member where household_id = :household")
			.param("household", household)
			.query(rs -> {
				births.put(rs.getObject("id", UUID.class), rs.getObject("birth_date", LocalDate.class));
			});
		var withAuthority = new java.util.HashSet<UUID>();
		var withoutAuthority = new java.util.HashSet<UUID>();
		jdbc.sql("""
				select child_id, bool_or(parental_authority) as authority from member_parenthood
				 where household_id = :household and parent_id = :viewer
				 group by child_id
				""").param("household", household).param("viewer", viewer).query(rs -> {
			(rs.getBoolean("authority") ? withAuthority : withoutAuthority).add(rs.getObject("child_id", UUID.class));
		});
		return new Family(births, Set.copyOf(withAuthority), Set.copyOf(withoutAuthority));
	}

	/** Who else helps now, the contact person first. */
	List<FamilyHousehold.Helper> network(UUID household) {
		return jdbc.sql("""
				select coalesce(p.name, i.person_name) as name, o.name as organisation_name, i.role,
				       i.relation, (c.professional_id is not null) as contact
				  from current_involvement i
				  left join professional_profile p on p.id = i.professional_id
				  left join organisation_profile o on o.id = coalesce(i.organisation_id, p.organisation_id)
				  left join current_contact_person c on c.household_id = i.household_id
				                                    and c.professional_id = i.professional_id
				 where i.household_id = :household
				 order by contact desc, i.role, name
				""")
			.param("household", household)
			.query((rs, n) -> new FamilyHousehold.Helper(rs.getString("name"), rs.getString("organisation_name"),
					rs.getBoolean("contact") ? "CONTACT_PERSON" : rs.getString("role")))
			.list();
	}

	/** Which organisation signalled which member, and since when. */
	List<Signalled> signals(UUID household) {
		return jdbc.sql("""
				select m.id as member_id, o.name as organisation_name, min(s.registered_at) as since
				  from current_member m
				  join current_signal s on s.person_fingerprint = m.bsn_fingerprint
				  join organisation_profile o on o.id = s.organisation_id
				 where m.household_id = :household
				 group by m.id, o.name
				 order by since
				""")
			.param("household", household)
			.query((rs, n) -> new Signalled(rs.getObject("member_id", UUID.class), rs.getString("organisation_name"),
					rs.getTimestamp("since").toInstant()))
			.list();
	}

	/**
	 * The questions asked about the household to other organisations, newest first (a
	 * household has a handful).
	 */
	List<FamilyHousehold.ExpertiseRequest> expertiseRequests(UUID household) {
		return jdbc.sql("""
				select o.name as organisation_name, r.question, r.status, p.name as professional_name, r.until
				  from expertise_request_for_family r
				  join organisation_profile o on o.id = r.organisation_id
				  left join professional_profile p on p.id = r.professional_id
				 where r.household_id = :household
				 order by r.requested_at desc, r.id
				""")
			.param("household", household)
			.query((rs, n) -> new FamilyHousehold.ExpertiseRequest(rs.getString("organisation_name"),
					rs.getString("question"), rs.getString("status"), rs.getString("professional_name"),
					rs.getObject("until", LocalDate.class)))
			.list();
	}

	/** What is shared with whom in the network now. */
	List<FamilyHousehold.Share> shares(UUID household) {
		return jdbc.sql("""
				select s.what, coalesce(p.name, i.person_name) as with_whom, o.name as organisation_name,
				       s.legal_basis, s.shared_at, s.until_on
				  from current_share s
				  left join current_involvement i on i.id = s.involvement_id
				  left join professional_profile p on p.id = i.professional_id
				  left join organisation_profile o on o.id = coalesce(i.organisation_id, p.organisation_id)
				 where s.household_id = :household
				 order by s.shared_at desc
				""")
			.param("household", household)
			.query((rs, n) -> new FamilyHousehold.Share(rs.getString("what"), rs.getString("with_whom"),
					rs.getString("organisation_name"), rs.getString("legal_basis"),
					rs.getTimestamp("shared_at").toInstant(), rs.getObject("until_on", LocalDate.class)))
			.list();
	}

	record Family(Map<UUID, LocalDate> births, Set<UUID> withAuthority, Set<UUID> withoutAuthority) {
	}

	record Signalled(UUID memberId, String organisationName, java.time.Instant since) {
	}

	record Member(UUID id, String name, LocalDate birthDate, String role) {

		int ageOn(LocalDate day) {
			return java.time.Period.between(birthDate, day).getYears();
		}

	}

}
