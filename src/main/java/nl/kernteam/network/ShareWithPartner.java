package nl.kernteam.network;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.household.SharedItem;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * Share a kind of item with a partner in the network, on a legal basis.
 *
 * @param id chosen by the client so that a double submit shares once; may be null
 * @param involvementId the partner's involvement with the household
 * @param consentOf the members who consented; only, and then required, with
 * {@link LegalBasis#CONSENT}
 * @param until the last day of the share; none: until it is revoked
 * @param explanation what the basis rests on, in words (which article, which order, what
 * was agreed)
 */
public record ShareWithPartner(UUID id, @NotNull(message = "{network.share.involvement.required}") UUID involvementId,
		@NotNull(message = "{network.share.what.required}") SharedItem what,
		@NotNull(message = "{network.share.legalBasis.required}") LegalBasis legalBasis,
		@Size(max = 30) List<UUID> consentOf, @PlausibleDate LocalDate until,
		@Size(max = 1000) @PlainText String explanation) {

	public ShareWithPartner {
		consentOf = consentOf == null ? List.of()
				: consentOf.stream().filter(java.util.Objects::nonNull).distinct().toList();
		explanation = explanation == null || explanation.isBlank() ? null : explanation.trim();
	}
}
