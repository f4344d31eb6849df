package nl.kernteam.learning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.demo.DemoRegionReady;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for learning, once the demo region is ready: Wijkteam Dalenburg-Noord last
 * met for intervision eight weeks ago (so its team lead, {@code sanne.bakker}, sees the
 * nudge), {@code anouk.dejong} reflected on a family two weeks ago (privately), and the
 * team made a startfoto last year and this year. Written directly, as the other demo data
 * is.
 */
@Component
public class LearningDemoData {

	private final LearningDemoQueries demo;

	private final ReflectionRepository reflections;

	private final StartfotoRepository startfotos;

	private final Clock clock;

	LearningDemoData(LearningDemoQueries demo, ReflectionRepository reflections, StartfotoRepository startfotos,
			Clock clock) {
		this.demo = demo;
		this.reflections = reflections;
		this.startfotos = startfotos;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(DemoRegionReady event) {
		var lead = demo.account("sanne.bakker");
		var anouk = demo.account("anouk.dejong");
		var mark = demo.account("mark.visser");
		if (lead.isEmpty() || anouk.isEmpty() || mark.isEmpty() || demo.anyIntervision(lead.get()[1])) {
			return;
		}
		var today = AmsterdamTime.today(clock);
		var now = clock.instant();
		UUID team = lead.get()[1];
		reflections.insertIntervision(UUID.randomUUID(), team, today.minusWeeks(8), lead.get()[0], now,
				List.of(lead.get()[0], anouk.get()[0], mark.get()[0]),
				List.of("Gezin met zorgen over school en schulden", "Scheiding met veel conflict"));
		demo.householdsOf(anouk.get()[0])
			.stream()
			.findFirst()
			.ifPresent(household -> reflections.insert(UUID.randomUUID(), household, anouk.get()[0], team,
					new Reflect(today.minusWeeks(2),
							Map.of(Principle.FAMILY_AS_STARTING_POINT, "Moeder koos zelf wie er bij het gesprek kwam.",
									Principle.FOLLOWING_PROGRESS, "De evaluatie schoof twee keer op; vaker plannen."),
							false, false),
					now));
		int year = today.getYear();
		startfotos.save(team,
				new Startfoto(year - 1,
						List.of(new Startfoto.Expertise(anouk.get()[0], null, "Signs of Safety"),
								new Startfoto.Expertise(mark.get()[0], null, "Meldcode")),
						List.of(new Startfoto.Agreement("Veilig Thuis Regio Dalenburg", today.minusYears(2),
								"Overdracht na een melding en terugkoppeling")),
						List.of("Geweld hoort nergens thuis")),
				lead.get()[0], now);
		startfotos.save(team,
				new Startfoto(year,
						List.of(new Startfoto.Expertise(anouk.get()[0], null, "Signs of Safety"),
								new Startfoto.Expertise(mark.get()[0], null, "Meldcode"),
								new Startfoto.Expertise(mark.get()[0], null, "Signs of Safety")),
						List.of(new Startfoto.Agreement("Veilig Thuis Regio Dalenburg", today.minusYears(2),
								"Overdracht na een melding en terugkoppeling"),
								new Startfoto.Agreement("Politie basisteam Dalenburg", today.minusMonths(3),
										"Huisverbod en gezamenlijke aanpak bij acute onveiligheid")),
						List.of("Geweld hoort nergens thuis", "Kansrijke Start")),
				lead.get()[0], now);
	}

}
