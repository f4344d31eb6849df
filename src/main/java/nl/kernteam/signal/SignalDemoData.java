package nl.kernteam.signal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import nl.kernteam.demo.DemoRegionReady;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds signals to the demo region once it is ready ({@link DemoRegionReady}): a few
 * dozen, through {@link SignalManagement} so that matches, notifications and access-log
 * rows arise as in real use. The demo accounts naima.tahiri (mental health) and
 * marieke.bos (child protection board) share several families. Runs only when demo data
 * is on (the event says so) and there are no signals yet; the demo module does not know
 * this module.
 */
@Component
class SignalDemoData {

	private static final Logger log = LoggerFactory.getLogger(SignalDemoData.class);

	/** Who signals whom in each of a number of families, by username; null is nobody. */
	private record Scenario(int families, String parent, String alsoParent, String child, String alsoChild) {
	}

	private static final List<Scenario> SCENARIOS = List.of(
			new Scenario(2, "naima.tahiri", null, "marieke.bos", "fatima.elamrani"),
			new Scenario(6, "naima.tahiri", null, "marieke.bos", null),
			new Scenario(2, "naima.tahiri", "roy.pinas", "marieke.bos", null),
			new Scenario(5, null, null, "dennis.bulut", "marieke.bos"),
			new Scenario(5, "erik.wiersma", null, "bas.vanleeuwen", null),
			new Scenario(4, "chantal.maas", null, null, null), new Scenario(4, null, null, "stefan.kuiper", null));

	private final SignalManagement management;

	private final JdbcClient jdbc;

	private final PersonalDataCipher cipher;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SignalDemoData(SignalManagement management, JdbcClient jdbc, PersonalDataCipher cipher,
			TransactionTemplate transaction, Clock clock) {
		this.management = management;
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener
	void on(DemoRegionReady event) {
		if (actor("naima.tahiri").isEmpty()
				|| jdbc.sql("select exists (select 1 from signal)").query(Boolean.class).single()) {
			return;
		}
		int count = transaction.execute(status -> load());
		log.info("Added {} demo signals; naima.tahiri and marieke.bos share matches", count);
	}

	private int load() {
		var families = families(SCENARIOS.stream().mapToInt(Scenario::families).sum());
		int index = 0;
		int count = 0;
		for (var scenario : SCENARIOS) {
			for (int i = 0; i < scenario.families() && index < families.size(); i++, index++) {
				var family = families.get(index);
				int days = 20 + (index * 37) % 300;
				count += signal(scenario.parent(), family.parentBsn(), days);
				count += signal(scenario.alsoParent(), family.parentBsn(), days - 2);
				count += signal(scenario.child(), family.childBsn(), days - 4 - index % 15);
				count += signal(scenario.alsoChild(), family.childBsn(), days - 6 - index % 20);
			}
		}
		// someone without BSN, known to two organisations by name and date of birth
		var person = RegisterSignal.person("Ruben", "Smits", LocalDate.of(1991, 5, 14));
		count += register("naima.tahiri", person, 90);
		count += register("roy.pinas", person, 12);
		return count;
	}

	private int signal(String username, String bsn, int daysAgo) {
		return username == null ? 0 : register(username, RegisterSignal.bsn(bsn), daysAgo);
	}

	private int register(String username, RegisterSignal command, int daysAgo) {
		var actor = actor(username).orElseThrow();
		var id = management.register(actor, command).id();
		// spread the demo over the last months, so that the lists show some history
		jdbc.sql("update signal set registered_at = :at where id = :id")
			.param("at", Timestamp.from(clock.instant().minus(Duration.ofDays(Math.max(0, daysAgo)))))
			.param("id", id)
			.update();
		return 1;
	}

	private record Family(String parentBsn, String childBsn) {
	}

	/** Demo households with a parent and a child who both have a BSN, oldest first. */
	private List<Family> families(int count) {
		return jdbc
			.sql("""
					select parent.bsn_encrypted as parent, child.bsn_encrypted as child
					  from household_profile h
					  cross join lateral (select bsn_encrypted from current_member m where m.household_id = h.id
					                         and m.role = 'PARENT' and m.bsn_encrypted is not null order by m.position limit 1) parent
					  cross join lateral (select bsn_encrypted from current_member m where m.household_id = h.id
					                         and m.role = 'CHILD' and m.bsn_encrypted is not null order by m.position limit 1) child
					 order by h.created_at, h.id
					 limit :count
					""")
			.param("count", count)
			.query((rs, row) -> new Family(cipher.decrypt(rs.getString("parent")),
					cipher.decrypt(rs.getString("child"))))
			.list();
	}

	private Optional<Actor> actor(String username) {
		return jdbc
			.sql("""
					select p.id, p.name, p.organisation_id, o.name as organisation_name, o.type, array_to_string(p.roles, ',') as roles
					  from professional_profile p join organisation_profile o on o.id = p.organisation_id
					 where lower(p.username) = :username and p.active
					""")
			.param("username", username)
			.query((rs, row) -> new Actor(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
					OrganisationType.valueOf(rs.getString("type")), roles(rs.getString("roles"))))
			.optional();
	}

	private static Set<Role> roles(String roles) {
		return Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
	}

}
