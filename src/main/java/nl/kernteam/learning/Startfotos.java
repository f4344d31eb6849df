package nl.kernteam.learning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A team's starting picture (startfoto), made by its team lead once a year and compared
 * with the year before. It holds no family's data.
 */
@Service
@Validated
@Transactional
public class Startfotos {

	private final StartfotoRepository repository;

	private final TeamLeadOnly teamLeads;

	private final Clock clock;

	Startfotos(StartfotoRepository repository, TeamLeadOnly teamLeads, Clock clock) {
		this.teamLeads = teamLeads;
		this.repository = repository;
		this.clock = clock;
	}

	/** Makes (or corrects) the team's picture of a year. */
	public void save(Actor actor, @Valid Startfoto startfoto) {
		teamLeads.require(actor);
		var people = startfoto.expertise().stream().map(Startfoto.Expertise::professionalId).distinct().toList();
		if (!people.isEmpty() && repository.colleagues(actor.organisationId(), people) != people.size()) {
			throw new InvalidInputException("expertise", "learning.intervision.notYourTeam");
		}
		repository.save(actor.organisationId(), startfoto, actor.professionalId(), clock.instant());
	}

	/**
	 * The year's picture beside the latest one before it; the latest year when none is
	 * asked; empty when the team has none.
	 */
	@Transactional(readOnly = true)
	public Optional<Startfoto.Comparison> compare(Actor actor, Integer year) {
		teamLeads.require(actor);
		Integer asked = year != null ? year : repository.latestYear(actor.organisationId()).orElse(null);
		if (asked == null) {
			return Optional.empty();
		}
		return repository.find(actor.organisationId(), asked, false).map(current -> {
			var previous = repository.find(actor.organisationId(), asked, true).orElse(null);
			Function<Startfoto.Expertise, String> expertise = e -> e.professionalName() + ": " + e.expertise();
			Function<Startfoto.Agreement, String> agreement = a -> a.partner() + ": " + a.covers();
			return new Startfoto.Comparison(current, previous,
					added(current.expertise(), previous == null ? List.of() : previous.expertise(), expertise),
					added(previous == null ? List.of() : previous.expertise(), current.expertise(), expertise),
					added(current.agreements(), previous == null ? List.of() : previous.agreements(), agreement),
					added(previous == null ? List.of() : previous.agreements(), current.agreements(), agreement),
					added(current.programmes(), previous == null ? List.of() : previous.programmes(), p -> p),
					added(previous == null ? List.of() : previous.programmes(), current.programmes(), p -> p));
		});
	}

	/** This year, in Amsterdam. */
	public int thisYear() {
		return AmsterdamTime.today(clock).getYear();
	}

	private static <T> List<String> added(List<T> now, List<T> before, Function<T, String> text) {
		var was = before.stream().map(text).toList();
		var result = new ArrayList<String>();
		now.stream().map(text).filter(t -> !was.contains(t)).forEach(result::add);
		return result;
	}

}
