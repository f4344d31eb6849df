package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.UUID;

import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measures of a team, or of the region for a policy adviser, over a period
 * (CONTRACT.md, "Learning"): without {@code organisationId} a team lead gets their own
 * organisation's, a policy adviser the region's.
 */
@RestController
@RequiresRole({ Role.TEAM_LEAD, Role.POLICY_ADVISER })
class MeasuresApiController {

	private final LearningMeasures measures;

	MeasuresApiController(LearningMeasures measures) {
		this.measures = measures;
	}

	@GetMapping("/api/v1/learning/measures")
	Measures measures(Actor actor, @RequestParam(required = false) UUID organisationId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return measures.measures(actor, organisationId, from, to);
	}

}
