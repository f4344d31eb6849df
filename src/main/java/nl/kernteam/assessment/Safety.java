package nl.kernteam.assessment;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotNull;

/**
 * The safety judgement of a joint assessment as three separate questions, by the shared
 * definitions of the Meldcode's afwegingskader (DOMAIN.md C.2.1). Acute and structural
 * unsafety can both be true.
 *
 * @param acute acute unsafety: safety is not guaranteed now or in the coming days
 * @param structural structural unsafety: a repeated or continuing threat
 * @param developmentalThreat a threat to the child's development
 * (ontwikkelingsbedreiging, the ground for a supervision order); {@code null} when it was
 * not asked, as with a judgement given as the old single value
 */
public record Safety(@NotNull(message = "{assessment.safety.acute.required}") Boolean acute,
		@NotNull(message = "{assessment.safety.structural.required}") Boolean structural, Boolean developmentalThreat) {

	/**
	 * The old single value on the three questions; developmental threat was not asked.
	 */
	public static Safety of(SafetyJudgement judgement) {
		return switch (judgement) {
			case NONE -> new Safety(false, false, null);
			case STRUCTURAL -> new Safety(false, true, null);
			case ACUTE -> new Safety(true, false, null);
		};
	}

	/**
	 * Acute or structural unsafety: under the meldcode's framework, reporting is the
	 * norm.
	 */
	@JsonIgnore
	public boolean unsafe() {
		return Boolean.TRUE.equals(acute) || Boolean.TRUE.equals(structural);
	}

	/** Any of the three; then the judgement needs a rationale. */
	@JsonIgnore
	public boolean needsRationale() {
		return unsafe() || Boolean.TRUE.equals(developmentalThreat);
	}

	/**
	 * What was found, for the pages: {@code ACUTE}, {@code STRUCTURAL},
	 * {@code DEVELOPMENTAL_THREAT}, or {@code NONE} when none of them.
	 */
	@JsonIgnore
	public List<String> findings() {
		var found = new ArrayList<String>();
		if (Boolean.TRUE.equals(acute)) {
			found.add("ACUTE");
		}
		if (Boolean.TRUE.equals(structural)) {
			found.add("STRUCTURAL");
		}
		if (Boolean.TRUE.equals(developmentalThreat)) {
			found.add("DEVELOPMENTAL_THREAT");
		}
		return found.isEmpty() ? List.of("NONE") : List.copyOf(found);
	}

	/**
	 * The old single value, for clients of API version 1 that read it: acute wins over
	 * structural; a developmental threat alone is {@code NONE} (the old value had no word
	 * for it).
	 */
	public SafetyJudgement legacy() {
		if (Boolean.TRUE.equals(acute)) {
			return SafetyJudgement.ACUTE;
		}
		return Boolean.TRUE.equals(structural) ? SafetyJudgement.STRUCTURAL : SafetyJudgement.NONE;
	}

}
