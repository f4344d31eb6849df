package nl.kernteam.household;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.validation.Reason;
import jakarta.validation.constraints.Size;

/**
 * The link-a-household form of the family-system page; {@code search} finds the other
 * household by name.
 */
class LinkForm {

	private UUID submissionId = SubmissionIds.next();

	@Size(max = 200)
	private String search;

	@NotNull(message = "{household.link.other.required}")
	private UUID otherHouseholdId;

	@NotNull(message = "{household.link.kind.required}")
	private LinkKind linkKind;

	@NotBlank(message = "{household.link.reason.required}")
	@Reason
	private String linkReason;

	LinkHouseholds toCommand() {
		return new LinkHouseholds(submissionId, otherHouseholdId, linkKind, linkReason);
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	public String getSearch() {
		return search;
	}

	public void setSearch(String search) {
		this.search = search;
	}

	public UUID getOtherHouseholdId() {
		return otherHouseholdId;
	}

	public void setOtherHouseholdId(UUID otherHouseholdId) {
		this.otherHouseholdId = otherHouseholdId;
	}

	public LinkKind getLinkKind() {
		return linkKind;
	}

	public void setLinkKind(LinkKind linkKind) {
		this.linkKind = linkKind;
	}

	public String getLinkReason() {
		return linkReason;
	}

	public void setLinkReason(String linkReason) {
		this.linkReason = linkReason;
	}

}
