package nl.kernteam.safetyteam;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.Role;
import nl.kernteam.shared.web.RequiresRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The steps Veilig Thuis takes on a report, and the feedback its reporter got. */
@RestController
@RequestMapping("/api/v1/reports/{id}")
@RequiresRole(Role.PROFESSIONAL)
class ReportStepApiController {

	private final ReportManagement management;

	ReportStepApiController(ReportManagement management) {
		this.management = management;
	}

	@PostMapping("/safety-assessment")
	Map<String, List<ReportDeadline>> assess(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody RecordSafetyAssessment assessment) {
		return Map.of("deadlines", management.assess(actor, id, assessment));
	}

	@PostMapping("/investigation-conclusion")
	Map<String, List<ReportDeadline>> conclude(Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ConcludeInvestigation conclusion) {
		return Map.of("deadlines", management.conclude(actor, id, conclusion));
	}

	@PostMapping("/feedback")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, UUID> feedback(Actor actor, @PathVariable UUID id, @Valid @RequestBody RecordReportFeedback feedback) {
		return Map.of("id", management.feedback(actor, id, feedback));
	}

}
