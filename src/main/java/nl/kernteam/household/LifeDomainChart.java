package nl.kernteam.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The scores over time of one member, as a table that is also a chart: one row per
 * domain, one column per check (oldest first), each cell the score as a number and as a
 * bar, so that the trend reads without colour.
 */
record LifeDomainChart(UUID memberId, String memberName, List<LocalDate> dates, List<Row> rows) {

	static List<LifeDomainChart> of(List<LifeDomainCheck> checks) {
		var byMember = new LinkedHashMap<UUID, List<LifeDomainCheck>>();
		checks.forEach(check -> byMember.computeIfAbsent(check.memberId(), key -> new ArrayList<>()).add(check));
		var charts = new ArrayList<LifeDomainChart>();
		for (var entry : byMember.entrySet()) {
			var memberChecks = new ArrayList<>(entry.getValue());
			memberChecks.sort(Comparator.comparing(LifeDomainCheck::date));
			var dates = memberChecks.stream().map(LifeDomainCheck::date).toList();
			var domains = new TreeSet<LifeDomain>();
			memberChecks.forEach(check -> check.scores().forEach(score -> domains.add(score.domain())));
			var rows = new ArrayList<Row>();
			for (var domain : domains) {
				var cells = new ArrayList<Cell>();
				for (var check : memberChecks) {
					cells.add(check.scores()
						.stream()
						.filter(s -> s.domain() == domain)
						.findFirst()
						.map(s -> new Cell(s.score(), s.words(), s.strength()))
						.orElse(new Cell(null, null, null)));
				}
				rows.add(new Row(domain, cells));
			}
			charts.add(new LifeDomainChart(entry.getKey(), memberChecks.get(0).memberName(), dates, rows));
		}
		return charts;
	}

	/**
	 * The id of the plan goal that "make it a goal" creates for this row, the same for
	 * every click from one rendered page, so that a double click makes one goal.
	 */
	public UUID goalSubmission(UUID page, Row row) {
		return UUID.nameUUIDFromBytes(
				(page + "/" + memberId + "/" + row.domain()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	record Row(LifeDomain domain, List<Cell> cells) {

		/** The newest score, for the plan-goal button. */
		public Cell latest() {
			for (int i = cells.size() - 1; i >= 0; i--) {
				if (cells.get(i).score() != null) {
					return cells.get(i);
				}
			}
			return cells.get(cells.size() - 1);
		}
	}

	record Cell(Integer score, String words, Strength strength) {

		public int percent() {
			return score == null ? 0 : score * 20;
		}
	}
}
