package nl.kernteam.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.shared.AmsterdamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family accounts for the demo, so that the family's own Kernteam can be tried: the
 * parent ({@code ouder.demo}) and, where there is one, a young person of 12 to 17
 * ({@code jongere.demo}) of {@code anouk.dejong}'s first household, which has joint
 * assessments and a plan. Marked as demo accounts: the published password works only
 * where demo logins are allowed. Once, when none exist yet.
 */
@Component
class FamilyDemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(FamilyDemoAccounts.class);

	/** The household's first adult parent. */
	private static final String PARENT = """
			insert into family_account (id, household_id, member_id, member_name, username, password_hash,
			                            invited_by, invited_at, activated_at, demo)
			select gen_random_uuid(), m.household_id, m.id, m.given_name || ' ' || m.family_name, :username, :hash,
			       :contactPerson, :now, :now, true
			  from current_member m
			 where m.household_id = :household and m.role = 'PARENT' and m.birth_date <= :adult
			 order by m.position limit 1
			""";

	/** The household's oldest child of 12 to 17, if any. */
	private static final String YOUNG_PERSON = """
			insert into family_account (id, household_id, member_id, member_name, username, password_hash,
			                            invited_by, invited_at, activated_at, demo)
			select gen_random_uuid(), m.household_id, m.id, m.given_name || ' ' || m.family_name, :username, :hash,
			       :contactPerson, :now, :now, true
			  from current_member m
			 where m.household_id = :household and m.role = 'CHILD' and m.birth_date > :adult
			   and m.birth_date <= :adult + interval '6 years'
			 order by m.birth_date limit 1
			""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	FamilyDemoAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(DemoRegionReady event) {
		if (jdbc.sql("select exists (select 1 from family_account where demo)").query(Boolean.class).single()) {
			return;
		}
		var first = jdbc
			.sql("""
					select c.household_id, c.professional_id
					  from current_contact_person c join professional_profile p on p.id = c.professional_id
					 where p.username = 'anouk.dejong'
					   and exists (select 1 from current_member m where m.household_id = c.household_id and m.role = 'PARENT')
					 order by c.started_at, c.household_id limit 1
					""")
			.query((rs, n) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional();
		if (first.isEmpty()) {
			return;
		}
		UUID household = first.get()[0];
		UUID contactPerson = first.get()[1];
		LocalDate today = AmsterdamTime.today(clock);
		String hash = passwordEncoder.encode(DemoRegion.DEMO_PASSWORD);
		account(PARENT, household, contactPerson, "ouder.demo", hash, today);
		account(YOUNG_PERSON, household, contactPerson, "jongere.demo", hash, today);
		log.info("Demo family accounts ouder.demo and jongere.demo (if the household has a young person of 12 to 17)");
	}

	private void account(String sql, UUID household, UUID contactPerson, String username, String hash,
			LocalDate today) {
		jdbc.sql(sql)
			.param("household", household)
			.param("contactPerson", contactPerson)
			.param("username", username)
			.param("hash", hash)
			.param("now", Timestamp.from(clock.instant()))
			.param("adult", today.minusYears(18))
			.update();
	}

}
