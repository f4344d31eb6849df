package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.kernteam.demo.DemoRegionReady;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests and reports for the demo region once it is ready ({@link DemoRegionReady}),
 * through {@link ExpertiseRequestManagement} and {@link ReportManagement} as in real use:
 * anouk.dejong asks Veilig Thuis about three of her families (one accepted for six weeks,
 * in the family of the demo family accounts so that {@code ouder.demo} sees who joined;
 * one accepted and running out; one waiting) and made two reports (one overdue), so that
 * the team lead rob.vermeulen's overview shows every list. Once, when there are no
 * requests yet.
 */
@Component
class SafetyTeamDemoData {

	private static final Logger log = LoggerFactory.getLogger(SafetyTeamDemoData.class);

	private static final List<String> VEILIG_THUIS = List.of("fatima.elamrani", "bas.vanleeuwen", "judith.prins");

	private final ExpertiseRequestManagement requests;

	private final ReportManagement reports;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SafetyTeamDemoData(ExpertiseRequestManagement requests, ReportManagement reports, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock) {
		this.requests = requests;
		this.reports = reports;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@EventListener
	void on(DemoRegionReady event) {
		var anouk = actor("anouk.dejong");
		if (anouk.isEmpty()
				|| jdbc.sql("select exists (select 1 from expertise_request)").query(Boolean.class).single()) {
			return;
		}
		transaction.executeWithoutResult(status -> load(anouk.get()));
		log.info("Added demo expertise requests and reports to Veilig Thuis; rob.vermeulen sees them as team lead");
	}

	private void load(Actor anouk) {
		// her families with a parent, in the order FamilyDemoAccounts picks the first
		List<UUID> families = jdbc
			.sql("""
					select c.household_id from current_contact_person c
					 where c.professional_id = :anouk
					   and exists (select 1 from current_member m where m.household_id = c.household_id and m.role = 'PARENT')
					 order by c.started_at, c.household_id limit 5
					""")
			.param("anouk", anouk.professionalId())
			.query(UUID.class)
			.list();
		if (families.size() < 5) {
			return;
		}
		UUID veiligThuis = actor("rob.vermeulen").map(Actor::organisationId).orElseThrow();
		LocalDate today = AmsterdamTime.today(clock);
		UUID joined = ask(anouk, families.get(0), veiligThuis,
				"Kunt u met ons meedenken over wat nodig is, zodat de kinderen veilig thuis kunnen blijven wonen?",
				ExpertiseRequestUrgency.URGENT, today.plusWeeks(6));
		accept(joined, families.get(0));
		UUID endingSoon = ask(anouk, families.get(1), veiligThuis,
				"Wilt u meedoen aan het gesprek met de ouders over de afspraken voor de avonden?",
				ExpertiseRequestUrgency.ROUTINE, today.plusDays(5));
		accept(endingSoon, families.get(1));
		ask(anouk, families.get(2), veiligThuis,
				"Moeten we een melding doen, of kunnen we met de veiligheidsafspraken verder?",
				ExpertiseRequestUrgency.ACUTE, today.plusWeeks(4));
		reports.record(anouk, HouseholdId.of(families.get(3)),
				new RecordReport(veiligThuis, ReportKind.REPORT, today.minusWeeks(2), false));
		reports.record(anouk, HouseholdId.of(families.get(4)),
				new RecordReport(veiligThuis, ReportKind.REPORT, today.minusDays(1), false));
	}

	private UUID ask(Actor by, UUID household, UUID organisation, String question, ExpertiseRequestUrgency urgency,
			LocalDate until) {
		return requests.request(by, HouseholdId.of(household),
				new ExpertiseRequestInput(organisation, question, urgency, until));
	}

	/** Accepted by a Veilig Thuis professional not yet in the family's network. */
	private void accept(UUID request, UUID household) {
		for (String username : VEILIG_THUIS) {
			var professional = actor(username).orElseThrow();
			boolean involved = jdbc.sql("""
					select exists (select 1 from current_involvement
					                where household_id = :household and professional_id = :professional)
					""")
				.param("household", household)
				.param("professional", professional.professionalId())
				.query(Boolean.class)
				.single();
			if (!involved) {
				requests.accept(professional, request, new ExpertiseRequestAcceptance(null));
				return;
			}
		}
	}

	private Optional<Actor> actor(String username) {
		return jdbc.sql("""
				select p.id, p.name, p.organisation_id, o.name as organisation_name, o.type,
				       array_to_string(p.roles, ',') as roles
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
