package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The measures of one organisation (a team) over [from, to): aggregated, never a family's
 * data. Below {@value #SMALLEST_GROUP} households every figure is withheld
 * ({@code suppressed}), so that no family can be recognised.
 *
 * @param households households with whom someone of the organisation was involved in the
 * period
 * @param handoversPerHousehold changes of contact person in the period, per household
 * @param professionalsPerHousehold professionals involved in the period, per household
 * @param organisationsPerHousehold organisations involved in the period, per household
 * @param medianDaysToFirstAssessment median days from registration to the first joint
 * assessment, of the households that had one
 * @param closed households whose file was closed in the period (and not reopened)
 * @param withCourtOrder households with a child under a court order (safetyteam's
 * {@code court_order_of_child}, as extended) that ran during the period
 * @param heardAverage the family's average answer to "Ik ben gehoord" (1–5) in the period
 * @param heardAnswers how many such answers
 * @param reflections reflections written in the period by professionals of the
 * organisation
 * @param intervisions intervision sessions the organisation held in the period
 */
public record Measures(UUID organisationId, LocalDate from, LocalDate to, boolean suppressed, Integer households,
		Double handoversPerHousehold, Double professionalsPerHousehold, Double organisationsPerHousehold,
		Double medianDaysToFirstAssessment, Integer closed, Integer withCourtOrder, Double heardAverage,
		Integer heardAnswers, Integer reflections, Integer intervisions) {

	public static final int SMALLEST_GROUP = 10;

	/** The same period with every figure withheld. */
	Measures suppress() {
		return new Measures(organisationId, from, to, true, null, null, null, null, null, null, null, null, null, null,
				null);
	}

}
