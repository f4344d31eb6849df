package nl.kernteam.household;

import nl.kernteam.shared.SubmissionIds;
import nl.kernteam.shared.validation.PlainText;
import nl.kernteam.shared.validation.ReadableName;
import nl.kernteam.shared.validation.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/** The household form of the pages: registration and editing. */
class HouseholdForm {

	/**
	 * Chosen when the form is shown, so that sending it twice registers one household.
	 */
	private UUID submissionId;

	@Size(max = 200)
	@ReadableName
	private String name;

	private UUID contactPersonId;

	/** Narrows the list of possible contact persons; not saved. */
	@Size(max = 200)
	private String contactPersonSearch = "";

	@Size(max = 500)
	@PlainText
	@Reason
	private String reason;

	private List<MemberForm> members = new ArrayList<>();

	private int version;

	/** A new household: its first member most often a parent, proposed as one. */
	static HouseholdForm blank() {
		var form = new HouseholdForm();
		form.submissionId = SubmissionIds.next();
		var first = new MemberForm();
		first.setRole(MemberRole.PARENT);
		form.members.add(first);
		return form;
	}

	/**
	 * One more member (issue 17, fewer clicks): most often a child, with the family name
	 * of the member before; both proposed, both changed in the form.
	 */
	void addMember() {
		var row = new MemberForm();
		row.setRole(MemberRole.CHILD);
		if (!members.isEmpty()) {
			row.setFamilyName(members.get(members.size() - 1).getFamilyName());
		}
		members.add(row);
	}

	static HouseholdForm of(HouseholdDetails household, java.util.Map<UUID, String> bsns) {
		var form = new HouseholdForm();
		form.name = household.name();
		form.version = household.version();
		for (var member : household.members()) {
			form.members.add(MemberForm.of(member, bsns.getOrDefault(member.id(), "")));
		}
		return form;
	}

	RegisterHousehold toRegistration() {
		return new RegisterHousehold(submissionId, name, memberInputs(), contactPersonId, reason);
	}

	UpdateHousehold toUpdate() {
		return new UpdateHousehold(name, memberInputs(), version);
	}

	private List<MemberInput> memberInputs() {
		return members.stream().map(MemberForm::toInput).toList();
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UUID getContactPersonId() {
		return contactPersonId;
	}

	public void setContactPersonId(UUID contactPersonId) {
		this.contactPersonId = contactPersonId;
	}

	public String getContactPersonSearch() {
		return contactPersonSearch;
	}

	public void setContactPersonSearch(String contactPersonSearch) {
		this.contactPersonSearch = contactPersonSearch == null ? "" : contactPersonSearch;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<MemberForm> getMembers() {
		return members;
	}

	public void setMembers(List<MemberForm> members) {
		this.members = members;
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
