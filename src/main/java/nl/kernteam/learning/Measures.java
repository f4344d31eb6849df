package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The measures of one organisation (a team), or of the region (every organisation of this
 * deployment: {@code organisationId} is {@code null}), over [from, to): aggregated, never
 * a family's data. Below {@value #SMALLEST_GROUP} households every figure is withheld
 * ({@code suppressed}), so that no family can be recognised.
 *
 * @param households households with whom someone of the organisation was involved in the
 * period
 * @param handoversPerHousehold changes of contact person in the period, per household
 * @param professionalsPerHousehold professionals involved in the period, per household
 * @param organisationsPerHousehold organisations involved in the period, per household
 * @param medianDaysToFirstAssessment median days from registration to the first joint
 * assessment, of the households that had one
 * @param medianDaysToFirstAgreement median days from registration to the first agreement
 * of the family plan (removed agreements left out), of the households that have one
 * @param closed households whose file was closed in the period (and not reopened)
 * @param withCourtOrder households with a child under a court order (safetyteam's
 * {@code court_order_of_child}, as extended) that ran during the period
 * @param heardAverage the family's average answer to "Ik ben gehoord" (1–5) in the period
 * @param heardAnswers how many such answers
 * @param reflections reflections written in the period by professionals of the
 * organisation
 * @param intervisions intervision sessions the organisation held in the period
 * @param scales the scale per quarter of the period, family and professionals apart
 */
public record Measures(UUID organisationId, LocalDate from, LocalDate to, boolean suppressed, Integer households,
		Double handoversPerHousehold, Double professionalsPerHousehold, Double organisationsPerHousehold,
		Double medianDaysToFirstAssessment, Double medianDaysToFirstAgreement, Integer closed, Integer withCourtOrder,
		Double heardAverage, Integer heardAnswers, Integer reflections, Integer intervisions,
		List<ScaleQuarter> scales) {

	public static final int SMALLEST_GROUP = 10;

	/** Whether these are the region's measures rather than one organisation's. */
	@JsonProperty("region")
	public boolean region() {
		return organisationId == null;
	}

	/** The same period with every figure withheld. */
	Measures suppress() {
		return new Measures(organisationId, from, to, true, null, null, null, null, null, null, null, null, null, null,
				null, null, List.of());
	}

}
