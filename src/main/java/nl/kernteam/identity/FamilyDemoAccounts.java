package nl.kernteam.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.demo.DemoRegionReady;
import nl.kernteam.shared.AmsterdamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
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
public class FamilyDemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(FamilyDemoAccounts.class);

	private final FamilyAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	FamilyDemoAccounts(FamilyAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(DemoRegionReady event) {
		if (accounts.demoAccountsExist()) {
			return;
		}
		var first = accounts.demoHousehold();
		if (first.isEmpty()) {
			return;
		}
		UUID household = first.get()[0];
		UUID contactPerson = first.get()[1];
		LocalDate adult = AmsterdamTime.today(clock).minusYears(18);
		String hash = passwordEncoder.encode(DemoRegionReady.DEMO_PASSWORD);
		accounts.insertDemoParent(household, contactPerson, "ouder.demo", hash, adult, clock.instant());
		accounts.insertDemoYoungPerson(household, contactPerson, "jongere.demo", hash, adult, clock.instant());
		log.info("Demo family accounts ouder.demo and jongere.demo (if the household has a young person of 12 to 17)");
	}

}
