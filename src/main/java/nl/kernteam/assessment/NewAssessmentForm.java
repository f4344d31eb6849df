package nl.kernteam.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.kernteam.assessment.AssessmentDocument.Participant;
import nl.kernteam.shared.SubmissionIds;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form that starts an assessment: the date and who is at the table, chosen from the
 * household's members and network ({@code member:<id>}, {@code professional:<id>},
 * {@code informal:<name>}).
 */
class NewAssessmentForm {

	/** Chosen when the form is shown, so that sending it twice starts one assessment. */
	public UUID submissionId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate date;

	public List<String> chosen = new ArrayList<>();

	public boolean copyPrevious;

	static NewAssessmentForm blank(LocalDate today, AssessmentPages.Choices choices, boolean previous) {
		var form = new NewAssessmentForm();
		form.submissionId = SubmissionIds.next();
		form.date = today;
		form.copyPrevious = previous;
		// a joint assessment is held with the family and its network: everyone in it is
		// proposed at the table, and whoever is absent is unticked (issue 17: bringing in
		// Veilig Thuis and the grandmother no longer costs a click each here)
		choices.members().forEach(m -> form.chosen.add("member:" + m.id()));
		choices.involved().forEach(p -> form.chosen.add("professional:" + p.id()));
		choices.informal().forEach(i -> form.chosen.add("informal:" + i.label()));
		return form;
	}

	CreateAssessment toCommand(AssessmentPages.Choices choices) {
		var participants = new ArrayList<Participant>();
		choices.members()
			.stream()
			.filter(m -> chosen.contains("member:" + m.id()))
			.forEach(
					m -> participants.add(new Participant(null, m.name(), ParticipantKind.FAMILY, m.id(), null, null)));
		choices.informal()
			.stream()
			.filter(i -> chosen.contains("informal:" + i.label()))
			.forEach(i -> participants
				.add(new Participant(null, i.label(), ParticipantKind.INFORMAL, null, null, null)));
		choices.involved()
			.stream()
			.filter(p -> chosen.contains("professional:" + p.id()))
			.forEach(p -> participants
				.add(new Participant(null, p.name(), ParticipantKind.PROFESSIONAL, null, p.id(), null)));
		return new CreateAssessment(submissionId, date, participants, copyPrevious);
	}

}
