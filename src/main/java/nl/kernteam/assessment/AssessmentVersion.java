package nl.kernteam.assessment;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of an assessment: who saved it, when, and what changed from the
 * version before.
 */
public record AssessmentVersion(int version, Instant savedAt, String savedByName, List<Change> changes) {

	public boolean first() {
		return version == 1;
	}
}
