package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The steps on the legal track besides the court orders: requests to the Raad and the
 * decisions on where a child lives.
 */
public record LegalSteps(List<RaadRequest> raadRequests, List<PlacementDecision> placementDecisions) {

	/** The Raad's norm: an investigation starts within 10 days of the request. */
	public static final int RAAD_START_NORM_DAYS = 10;

	/**
	 * A request to the Raad with its steps so far; {@code startNorm} is the day by which
	 * the Raad's norm says its investigation starts.
	 */
	public record RaadRequest(UUID id, LocalDate requestedOn, LocalDate startNorm, String question,
			LocalDate tableHeldOn, List<RaadRequestInput.Participant> tableParticipants,
			RaadRequestInput.TableOutcome tableOutcome, LocalDate adviceOn, RaadRequestInput.AdviceKind adviceKind,
			String adviceText) {
	}

	public record PlacementDecision(UUID id, UUID childMemberId, String childName, PlacementDecisionInput.Kind kind,
			LocalDate decidedOn, PlacementDecisionInput.Place place, PlacementDecisionInput.Basis basis,
			UUID courtOrderId, String whyNotOwnNetwork, String rationale) {
	}

}
