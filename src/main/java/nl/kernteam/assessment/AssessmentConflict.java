package nl.kernteam.assessment;

import java.util.List;

/**
 * What a refused (stale) save needs to show: the assessment as stored now, what the saves
 * since the version the refused save was based on changed, and who made them.
 *
 * @param basedOn the version the refused save was based on
 * @param current the assessment as stored now
 * @param changes the difference between that version and the current one
 * @param versions the versions saved since, newest first (without their own changes)
 */
public record AssessmentConflict(int basedOn, AssessmentDetails current, List<Change> changes,
		List<AssessmentVersion> versions) {
}
