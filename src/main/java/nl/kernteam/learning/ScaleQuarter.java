package nl.kernteam.learning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.kernteam.learning.MeasureQueries.ScaleRow;

/**
 * The scale (0–10, "how safe is it now") in one quarter of the period, the family's and
 * the professionals' apart: the average of every score given in the joint assessments
 * held in that quarter. A side scored in fewer than {@value Measures#SMALLEST_GROUP}
 * households is withheld ({@code null}), like a whole group.
 *
 * @param quarter the quarter's first day
 * @param familyAverage the family members' average score
 * @param familyHouseholds in how many households the family scored
 * @param professionalAverage the professionals' average score
 * @param professionalHouseholds in how many households professionals scored
 */
public record ScaleQuarter(LocalDate quarter, Double familyAverage, Integer familyHouseholds,
		Double professionalAverage, Integer professionalHouseholds) {

	/** The quarters with any score, oldest first, each side withheld below ten. */
	static List<ScaleQuarter> of(List<ScaleRow> rows, LocalDate from, LocalDate to) {
		Map<LocalDate, ScaleRow[]> byQuarter = new TreeMap<>();
		for (var row : rows) {
			var sides = byQuarter.computeIfAbsent(row.quarter(), q -> new ScaleRow[2]);
			sides["FAMILY".equals(row.scoredBy()) ? 0 : 1] = row;
		}
		var quarters = new ArrayList<ScaleQuarter>();
		byQuarter.forEach((quarter, sides) -> quarters.add(new ScaleQuarter(quarter, average(sides[0]),
				households(sides[0]), average(sides[1]), households(sides[1]))));
		return quarters;
	}

	/** The quarter as people say it: "2026 K3". */
	public String label() {
		return quarter.getYear() + " K" + ((quarter.getMonthValue() - 1) / 3 + 1);
	}

	private static Double average(ScaleRow side) {
		return shown(side) ? side.average() : null;
	}

	private static Integer households(ScaleRow side) {
		return shown(side) ? side.households() : null;
	}

	private static boolean shown(ScaleRow side) {
		return side != null && side.households() >= Measures.SMALLEST_GROUP;
	}

}
