package nl.kernteam.portal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

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
	java.util.List<Member> members(UUID household) {
		return jdbc.sql("""
				select id, given_name, family_name, birth_date, role from current_member
				 where household_id = :household order by position, id
				""")
			.param("household", household)
			.query((rs, n) -> new Member(rs.getObject("id", UUID.class),
					rs.getString("given_name") + " " + rs.getString("family_name"),
					rs.getObject("birth_date", LocalDate.class), rs.getString("role")))
			.list();
	}

	/** The household with its contact person and members, in one statement. */
	FamilyHousehold household(UUID household) {
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
				return new FamilyHousehold(rs.getString("name"), contact,
						FamilyHousehold.members(rs.getString("members")));
			})
			.single();
	}

	record Member(UUID id, String name, LocalDate birthDate, String role) {

		int ageOn(LocalDate day) {
			return java.time.Period.between(birthDate, day).getYears();
		}

	}

}
