package nl.kernteam.audit;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of checking the access log's hash chain.
 *
 * @param rows how many rows the log holds
 * @param verified how many of them are intact: their content and place in their chain
 * match their hash
 * @param firstBroken the earliest row (by time) where a chain breaks, {@code null} when
 * none does
 */
public record AccessLogVerification(long rows, long verified,
		@JsonInclude(JsonInclude.Include.ALWAYS) BrokenRow firstBroken) {

	public boolean intact() {
		return firstBroken == null;
	}

	/**
	 * A row that was changed, or the row after a gap where rows were removed, or (when
	 * the newest rows of a chain were removed) the last row the chain remembers.
	 */
	public record BrokenRow(long id, Instant at, UUID householdId) {
	}
}
