package nl.kernteam.portal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.PlausibleDate;

/**
 * Keep one item from one family member, with the legal reason and the day to look at it
 * again.
 *
 * @param note for the core team, never shown to the family
 */
public record Withhold(@NotNull(message = "{portal.withholding.member.required}") UUID memberId,
		@NotNull(message = "{portal.withholding.item.required}") FamilyItemKind itemKind,
		@NotNull(message = "{portal.withholding.item.required}") UUID itemId,
		@NotNull(message = "{portal.withholding.reason.required}") WithholdingReason reason,
		@Size(max = 1000) @PlainText String note,
		@NotNull(message = "{portal.withholding.reviewOn.required}") @PlausibleDate LocalDate reviewOn) {
}
