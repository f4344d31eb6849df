package nl.kernteam.network;

import java.util.UUID;

import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.validation.Reason;

/**
 * Involving a professional; the search ({@code q}) that found them travels beside the
 * form.
 */
record InvolvementForm(UUID submissionId, UUID professionalId, InvolvementRole role, @Reason String reason) {

	static InvolvementForm blank(UUID professionalId) {
		return new InvolvementForm(SubmissionIds.next(), professionalId, null, "");
	}

	AddProfessional toCommand() {
		return new AddProfessional(submissionId, professionalId, role, reason);
	}
}
