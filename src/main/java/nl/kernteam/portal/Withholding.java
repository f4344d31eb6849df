package nl.kernteam.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An item kept from one family member, for the core team's list.
 *
 * @param itemText the item as the professionals wrote it, or {@code null} when it is no
 * longer in the assessment or plan
 */
public record Withholding(UUID id, UUID memberId, String memberName, FamilyItemKind itemKind, UUID itemId,
		String itemText, WithholdingReason reason, String note, LocalDate reviewOn, Instant createdAt,
		String createdByName, Instant endedAt) {

	public Withholding withText(String text) {
		return new Withholding(id, memberId, memberName, itemKind, itemId, text, reason, note, reviewOn, createdAt,
				createdByName, endedAt);
	}

}
