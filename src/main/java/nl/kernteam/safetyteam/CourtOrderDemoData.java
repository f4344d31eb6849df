package nl.kernteam.safetyteam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.demo.DemoRegionReady;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A little of the legal track in the demo, so that the page and the warning on "Mijn
 * werk" are not empty: in Anouk's first household with a child, a supervision order that
 * ends in six weeks (the extension warning shows) and a request to the Raad (its start
 * norm, and the family's legal-aid information). Once.
 */
@Component
class CourtOrderDemoData {

	private final CourtOrderRepository orders;

	private final LegalStepRepository steps;

	private final Clock clock;

	CourtOrderDemoData(CourtOrderRepository orders, LegalStepRepository steps, Clock clock) {
		this.orders = orders;
		this.steps = steps;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(DemoRegionReady event) {
		if (orders.anyRecorded()) {
			return;
		}
		orders.demoChild("anouk.dejong").ifPresent(child -> {
			LocalDate today = AmsterdamTime.today(clock);
			LocalDate start = today.plusWeeks(6).minusYears(1);
			orders.insert(UUID.randomUUID(), child.householdId(), new RecordCourtOrder(child.memberId(),
					CourtOrderKind.SUPERVISION, start.minusDays(2), start, start.plusYears(1), null,
					today.plusMonths(6),
					"Jonge kinderen: een half jaar, zo besproken met de ouders en de gecertificeerde instelling."),
					child.professionalId(), clock.instant());
			steps.insertRequest(UUID.randomUUID(), child.householdId(), new RaadRequestInput.Request(today.minusDays(4),
					"Is een ondertoezichtstelling van de jongste nodig, nu de afspraken over veiligheid niet worden nagekomen?"),
					child.professionalId(), clock.instant());
		});
	}

}
