package nl.kernteam.safetyteam;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A court order as the legal track shows it: the child, the dates as decided, the end
 * after the latest extension, the chain of extensions, the written instructions and what
 * needs doing today.
 */
public record CourtOrderDetails(UUID id, UUID childMemberId, String childName, CourtOrderKind kind, LocalDate decidedOn,
		LocalDate startsOn, LocalDate endsOn, LocalDate currentEndsOn, LocalDate partiesHeardOn,
		LocalDate placementStartedOn, LocalDate acceptablePeriodUntil, String acceptablePeriodRationale,
		LocalDate stoppedOn, boolean running, List<Extension> extensions, List<Instruction> instructions,
		List<CourtOrderWarning> warnings) {

	public record Extension(UUID id, LocalDate decidedOn, LocalDate previousEndsOn, LocalDate endsOn) {
	}

	public record Instruction(UUID id, LocalDate givenOn, String text) {
	}

	/** A household's orders, running first. */
	public record OfHousehold(List<CourtOrderDetails> items) {
	}

}
