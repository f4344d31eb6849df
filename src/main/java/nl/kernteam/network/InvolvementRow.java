package nl.kernteam.network;

import java.time.Instant;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;

/**
 * One involvement with a household: a professional with their organisation, or an
 * informal network member (then {@code personName} and {@code relation} are set and there
 * is no account).
 */
public record InvolvementRow(UUID id, UUID professionalId, String personName, String relation, String name,
		String organisationName, OrganisationType organisationType, InvolvementRole role, String reason,
		Instant startedAt, Instant endedAt, String endReason, String phone, String email) {

	public boolean current() {
		return endedAt == null;
	}

	public boolean informal() {
		return professionalId == null;
	}

	/**
	 * Part of the regional safety team (Veilig Thuis, Raad voor de Kinderbescherming,
	 * youth protection agency).
	 */
	public boolean regionalSafetyTeam() {
		return organisationType != null && organisationType.isRegionalSafetyTeam();
	}
}
