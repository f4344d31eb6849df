package nl.kernteam.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.SubmissionIds;
import org.springframework.format.annotation.DateTimeFormat;

/** The life-domain check form: one row per domain; rows without a score are left out. */
class LifeDomainForm {

	private UUID submissionId = SubmissionIds.next();

	@NotNull(message = "{household.lifeDomains.member.required}")
	private UUID memberId;

	@NotNull(message = "{household.lifeDomains.date.required}")
	@PastOrPresent(message = "{household.lifeDomains.date.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@Valid
	private List<Row> rows = new ArrayList<>();

	static LifeDomainForm blank(LocalDate today) {
		var form = new LifeDomainForm();
		form.date = today;
		for (var domain : LifeDomain.values()) {
			var row = new Row();
			row.setDomain(domain);
			form.rows.add(row);
		}
		return form;
	}

	RecordLifeDomains toCommand() {
		return new RecordLifeDomains(submissionId, memberId, date, rows.stream()
			.filter(row -> row.getScore() != null && row.getDomain() != null)
			.map(row -> new RecordLifeDomains.Score(row.getDomain(), row.getScore(), row.getWords(), row.getStrength()))
			.toList());
	}

	public UUID getSubmissionId() {
		return submissionId;
	}

	public void setSubmissionId(UUID submissionId) {
		this.submissionId = submissionId;
	}

	public UUID getMemberId() {
		return memberId;
	}

	public void setMemberId(UUID memberId) {
		this.memberId = memberId;
	}

	public LocalDate getDate() {
		return date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	/**
	 * One domain: a score from 1 to 5 or none, the person's own words, and where the
	 * strength comes from.
	 */
	public static class Row {

		private LifeDomain domain;

		@Min(value = 1, message = "{household.lifeDomains.score.range}")
		@Max(value = 5, message = "{household.lifeDomains.score.range}")
		private Integer score;

		@Size(max = 2000)
		private String words;

		private Strength strength;

		public LifeDomain getDomain() {
			return domain;
		}

		public void setDomain(LifeDomain domain) {
			this.domain = domain;
		}

		public Integer getScore() {
			return score;
		}

		public void setScore(Integer score) {
			this.score = score;
		}

		public String getWords() {
			return words;
		}

		public void setWords(String words) {
			this.words = words;
		}

		public Strength getStrength() {
			return strength;
		}

		public void setStrength(Strength strength) {
			this.strength = strength;
		}

	}

}
