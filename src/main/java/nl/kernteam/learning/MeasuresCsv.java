package nl.kernteam.learning;

import java.util.Locale;

/**
 * The measures as a CSV file (semicolon-separated, Dutch names): one row per measure,
 * then the scale per quarter, family and professionals apart. Withheld figures stay
 * empty.
 */
final class MeasuresCsv {

	private MeasuresCsv() {
	}

	static String of(Measures m) {
		var csv = new StringBuilder("maat;waarde\n");
		csv.append("gebied;").append(m.region() ? "regio" : "organisatie:" + m.organisationId()).append('\n');
		csv.append("van;").append(m.from()).append('\n').append("tot;").append(m.to()).append('\n');
		if (m.suppressed()) {
			csv.append("huishoudens;minder dan ").append(Measures.SMALLEST_GROUP).append('\n');
			return csv.toString();
		}
		row(csv, "huishoudens", m.households());
		row(csv, "overdrachten_per_huishouden", m.handoversPerHousehold());
		row(csv, "professionals_per_huishouden", m.professionalsPerHousehold());
		row(csv, "organisaties_per_huishouden", m.organisationsPerHousehold());
		row(csv, "mediaan_dagen_tot_eerste_gezamenlijke_analyse", m.medianDaysToFirstAssessment());
		row(csv, "mediaan_dagen_tot_eerste_afspraak", m.medianDaysToFirstAgreement());
		row(csv, "afgesloten", m.closed());
		row(csv, "met_kinderbeschermingsmaatregel", m.withCourtOrder());
		row(csv, "ik_ben_gehoord_gemiddeld", m.heardAverage());
		row(csv, "ik_ben_gehoord_antwoorden", m.heardAnswers());
		row(csv, "reflecties", m.reflections());
		row(csv, "intervisies", m.intervisions());
		csv.append('\n')
			.append("kwartaal;schaal_gezin;huishoudens_gezin;schaal_professionals;huishoudens_professionals\n");
		for (var q : m.scales()) {
			csv.append(q.label()).append(';');
			value(csv, q.familyAverage());
			csv.append(';');
			value(csv, q.familyHouseholds());
			csv.append(';');
			value(csv, q.professionalAverage());
			csv.append(';');
			value(csv, q.professionalHouseholds());
			csv.append('\n');
		}
		return csv.toString();
	}

	private static void row(StringBuilder csv, String name, Number value) {
		csv.append(name).append(';');
		value(csv, value);
		csv.append('\n');
	}

	private static void value(StringBuilder csv, Number value) {
		if (value instanceof Double d) {
			csv.append(String.format(Locale.ROOT, "%.2f", d));
		}
		else if (value != null) {
			csv.append(value);
		}
	}

}
