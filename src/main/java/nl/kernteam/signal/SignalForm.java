package nl.kernteam.signal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import nl.kernteam.shared.SubmissionIds;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page form: a BSN, or name and date of birth, and the organisation's own reference
 * to recognise its signal. Nothing else, on purpose.
 */
class SignalForm {

	/** Chosen when the form is shown, so that sending it twice registers one signal. */
	private UUID submissionId;

	@Size(max = 20)
	private String bsn;

	@Size(max = 100)
	private String givenName;

	@Size(max = 100)
	private String familyName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Size(max = RegisterSignal.MAX_REFERENCE)
	private String reference;

	static SignalForm blank() {
		var form = new SignalForm();
		form.submissionId = SubmissionIds.next();
		return form;
	}

	RegisterSignal toCommand() {
		return new RegisterSignal(submissionId, bsn, givenName, familyName, birthDate, reference);
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	public String getBsn() {
		return bsn;
	}

	public void setBsn(String bsn) {
		this.bsn = bsn;
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getReference() {
		return reference;
	}

	public void setReference(String reference) {
		this.reference = reference;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

}
