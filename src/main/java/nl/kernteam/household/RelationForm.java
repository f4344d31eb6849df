package nl.kernteam.household;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import nl.kernteam.shared.SubmissionIds;
import org.springframework.format.annotation.DateTimeFormat;

/** The add-relation form of the family-system page. */
class RelationForm {

	private UUID submissionId = SubmissionIds.next();

	@NotNull(message = "{household.relation.from.required}")
	private UUID fromMemberId;

	@NotNull(message = "{household.relation.kind.required}")
	private RelationKind kind;

	@NotNull(message = "{household.relation.to.required}")
	private UUID toMemberId;

	private boolean parentalAuthority;

	@PastOrPresent(message = "{household.relation.authoritySince.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate authoritySince;

	AddRelation toCommand() {
		return new AddRelation(submissionId, fromMemberId, null, toMemberId, kind, parentalAuthority, authoritySince);
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	public UUID getFromMemberId() {
		return fromMemberId;
	}

	public void setFromMemberId(UUID fromMemberId) {
		this.fromMemberId = fromMemberId;
	}

	public RelationKind getKind() {
		return kind;
	}

	public void setKind(RelationKind kind) {
		this.kind = kind;
	}

	public UUID getToMemberId() {
		return toMemberId;
	}

	public void setToMemberId(UUID toMemberId) {
		this.toMemberId = toMemberId;
	}

	public boolean isParentalAuthority() {
		return parentalAuthority;
	}

	public void setParentalAuthority(boolean parentalAuthority) {
		this.parentalAuthority = parentalAuthority;
	}

	public LocalDate getAuthoritySince() {
		return authoritySince;
	}

	public void setAuthoritySince(LocalDate authoritySince) {
		this.authoritySince = authoritySince;
	}

}
