package nl.kernteam.household;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.shared.Labels;

/**
 * Lays out a family system as a genogram for a server-rendered SVG: one row per
 * generation (grandparents, parents, children), circles for women, squares for men,
 * diamonds otherwise; partners joined by a line between them, a separation by two strokes
 * across it; parents joined to their children, with a thick line for parental authority
 * and dashes or dots for step-, foster- and guardianship relations. A person who is a
 * member of two households (the same BSN) is drawn once. Line style, shape and text tell
 * things apart, never colour alone.
 */
record Genogram(int width, int height, List<Person> people, List<Line> lines, List<Helper> helpers, int hiddenHelpers) {

	static final int COLUMN = 150;

	static final int ROW = 190;

	static final int MARGIN = 90;

	/**
	 * The ecomap's columns beside the genogram: the own circle on the left, professionals
	 * on the right.
	 */
	static final int SIDE = 210;

	static final int MAX_PER_SIDE = 8;

	/** The genogram with the ecomap around it: who helps each household now. */
	static Genogram of(FamilySystemQueries.View view, LocalDate today, List<FamilyNetwork.Person> network) {
		var people = new LinkedHashMap<String, Person>();
		var personOf = new HashMap<UUID, String>();
		int householdIndex = 0;
		for (var household : view.system().households()) {
			if (household.members() != null) {
				for (var member : household.members()) {
					String key = view.persons().getOrDefault(member.id(), member.id().toString());
					personOf.put(member.id(), key);
					int index = householdIndex;
					var themes = view.themes().getOrDefault(member.id(), List.of());
					people.merge(key, new Person(key, member.givenName(), member.familyName(),
							Period.between(member.birthDate(), today).getYears(), member.birthDate(), member.gender(),
							member.role(), member.residence() == Residence.ELSEWHERE, index, false, themes),
							(first, second) -> first.withThemes(second.themes()));
				}
			}
			householdIndex++;
		}
		for (var relation : view.relations()) {
			if (relation.guardianOrganisationId() != null) {
				String key = relation.guardianOrganisationId().toString();
				people.putIfAbsent(key,
						new Person(key, relation.agencyName(), "", -1, null, null, null, false, 0, true, List.of()));
			}
		}
		var generation = generations(people, view.relations(), personOf);
		var genogram = layout(people, generation, view.relations(), personOf);
		return genogram.around(network, view);
	}

	/**
	 * A first guess from role and age, then parents above their children until nothing
	 * changes.
	 */
	private static Map<String, Integer> generations(Map<String, Person> people,
			List<FamilySystemRepository.RelationRow> relations, Map<UUID, String> personOf) {
		var generation = new HashMap<String, Integer>();
		people.values()
			.forEach(p -> generation.put(p.key(),
					p.agency() ? 1 : p.role() == MemberRole.CHILD ? 2 : p.age() >= 55 ? 0 : 1));
		for (int round = 0; round < 4; round++) {
			for (var relation : relations) {
				String from = relation.fromMemberId() == null ? relation.guardianOrganisationId().toString()
						: personOf.get(relation.fromMemberId());
				String to = personOf.get(relation.toMemberId());
				if (from == null || to == null) {
					continue;
				}
				switch (relation.kind()) {
					case PARENT_OF, STEP_PARENT_OF, FOSTER_PARENT_OF, GUARDIAN_OF ->
						generation.put(from, generation.get(to) - 1);
					case GRANDPARENT_OF -> generation.put(from, generation.get(to) - 2);
					case PARTNER_OF, EX_PARTNER_OF, SIBLING_OF -> generation.put(to, generation.get(from));
				}
			}
		}
		int lowest = generation.values().stream().min(Integer::compare).orElse(0);
		generation.replaceAll((key, value) -> value - lowest);
		return generation;
	}

	private static Genogram layout(Map<String, Person> people, Map<String, Integer> generation,
			List<FamilySystemRepository.RelationRow> relations, Map<UUID, String> personOf) {
		var rows = new ArrayList<List<Person>>();
		for (var person : people.values()) {
			int row = generation.get(person.key());
			while (rows.size() <= row) {
				rows.add(new ArrayList<>());
			}
			rows.get(row).add(person);
		}
		int widest = rows.stream().mapToInt(List::size).max().orElse(1);
		int width = Math.max(widest, 3) * COLUMN + 2 * MARGIN;
		var placed = new LinkedHashMap<String, Person>();
		for (int r = 0; r < rows.size(); r++) {
			var row = rows.get(r);
			// households side by side, the eldest first within each; agencies at the end
			// of their row
			row.sort(Comparator.comparing(Person::agency)
				.thenComparingInt(Person::household)
				.thenComparing(p -> p.birthDate() == null ? LocalDate.MAX : p.birthDate()));
			int start = (width - row.size() * COLUMN) / 2 + COLUMN / 2;
			for (int i = 0; i < row.size(); i++) {
				placed.put(row.get(i).key(), row.get(i).at(start + i * COLUMN, MARGIN + r * ROW));
			}
		}
		var lines = new ArrayList<Line>();
		for (var relation : relations) {
			var from = placed.get(relation.fromMemberId() == null ? relation.guardianOrganisationId().toString()
					: personOf.get(relation.fromMemberId()));
			var to = placed.get(personOf.get(relation.toMemberId()));
			if (from == null || to == null || relation.kind() == RelationKind.SIBLING_OF) {
				continue;
			}
			String style = switch (relation.kind()) {
				case PARTNER_OF -> "partner";
				case EX_PARTNER_OF -> "ex-partner";
				case STEP_PARENT_OF -> "step";
				case FOSTER_PARENT_OF -> "foster";
				case GUARDIAN_OF -> "guardian";
				case GRANDPARENT_OF -> "grandparent";
				default -> "parent";
			};
			lines.add(new Line(from.x(), from.y(), to.x(), to.y(), style, relation.parentalAuthority()));
		}
		return new Genogram(width, rows.size() * ROW + MARGIN, List.copyOf(placed.values()), lines, List.of(), 0);
	}

	/**
	 * Places the network beside the genogram, shifted right to make room: the family's
	 * own circle in a column on the left, professionals on the right, each joined to the
	 * middle of its household's people.
	 */
	private Genogram around(List<FamilyNetwork.Person> network, FamilySystemQueries.View view) {
		if (network.isEmpty()) {
			return this;
		}
		var householdIndex = new HashMap<UUID, Integer>();
		var households = view.system().households();
		for (int i = 0; i < households.size(); i++) {
			householdIndex.put(households.get(i).id(), i);
		}
		var informal = network.stream().filter(FamilyNetwork.Person::informal).limit(MAX_PER_SIDE).toList();
		var professional = network.stream().filter(p -> !p.informal()).limit(MAX_PER_SIDE).toList();
		// a column only where there is someone to show, so that a phone's first view is
		// the family, not white space
		int left = informal.isEmpty() ? 0 : SIDE;
		int right = professional.isEmpty() ? 0 : SIDE;
		var shifted = people.stream().map(p -> p.at(p.x() + left, p.y())).toList();
		int total = network.size();
		int newWidth = width + left + right;
		int newHeight = Math.max(height, Math.max(informal.size(), professional.size()) * 80 + MARGIN);
		var helpers = new ArrayList<Helper>();
		place(helpers, informal, SIDE / 2, newHeight, shifted, householdIndex);
		place(helpers, professional, newWidth - SIDE / 2, newHeight, shifted, householdIndex);
		var movedLines = lines.stream()
			.map(l -> new Line(l.x1() + left, l.y1(), l.x2() + left, l.y2(), l.style(), l.authority()))
			.toList();
		return new Genogram(newWidth, newHeight, shifted, movedLines, helpers, total - helpers.size());
	}

	private static void place(List<Helper> helpers, List<FamilyNetwork.Person> column, int x, int height,
			List<Person> people, Map<UUID, Integer> householdIndex) {
		for (int i = 0; i < column.size(); i++) {
			var person = column.get(i);
			int y = (int) Math.round(height * (i + 0.5) / column.size());
			Integer index = householdIndex.get(person.householdId());
			var members = people.stream().filter(p -> !p.agency() && index != null && p.household() == index).toList();
			int toX = members.isEmpty() ? x : (int) members.stream().mapToInt(Person::x).average().orElse(x);
			int toY = members.isEmpty() ? y : (int) members.stream().mapToInt(Person::y).average().orElse(y);
			helpers.add(new Helper(x, y, toX, toY, shorten(person.name()), shorten(person.detail()), person.informal(),
					person.coreTeam()));
		}
	}

	private static String shorten(String text) {
		return Labels.shorten(text, 22);
	}

	/**
	 * Someone of the network at their place in the ecomap, with the line to their
	 * household.
	 */
	record Helper(int x, int y, int toX, int toY, String name, String detail, boolean informal, boolean coreTeam) {

		/** The line starts at the side of the box that faces the family. */
		public int fromX() {
			return toX > x ? x + 90 : x - 90;
		}
	}

	/** A person, or a guardian agency ({@code agency}), at its place in the picture. */
	record Person(String key, String givenName, String familyName, int age, LocalDate birthDate, Gender gender,
			MemberRole role, boolean livesElsewhere, int household, boolean agency, List<Theme> themes, int x, int y) {

		Person(String key, String givenName, String familyName, int age, LocalDate birthDate, Gender gender,
				MemberRole role, boolean livesElsewhere, int household, boolean agency, List<Theme> themes) {
			this(key, givenName, familyName, age, birthDate, gender, role, livesElsewhere, household, agency, themes, 0,
					0);
		}

		Person at(int newX, int newY) {
			return new Person(key, givenName, familyName, age, birthDate, gender, role, livesElsewhere, household,
					agency, themes, newX, newY);
		}

		/** The same person in two households: the themes of both. */
		Person withThemes(List<Theme> more) {
			var all = new java.util.TreeSet<>(themes);
			all.addAll(more);
			return new Person(key, givenName, familyName, age, birthDate, gender, role, livesElsewhere, household,
					agency, List.copyOf(all), x, y);
		}

		/** The theme letters beside the person, e.g. "V G". */
		public String marks() {
			return String.join(" ", themes.stream().map(Theme::mark).toList());
		}

		/** circle, square, diamond or agency. */
		public String shape() {
			if (agency) {
				return "agency";
			}
			return gender == Gender.FEMALE ? "circle" : gender == Gender.MALE ? "square" : "diamond";
		}

		public String label() {
			return Labels.shorten(givenName, 18);
		}

		/** A diamond's corners. */
		public String diamond() {
			return (x) + "," + (y - 26) + " " + (x + 26) + "," + y + " " + x + "," + (y + 26) + " " + (x - 26) + ","
					+ y;
		}
	}

	/**
	 * A line between two people. Partners are joined below their shapes; a parent line
	 * runs from the parent's bottom to the child's top.
	 */
	record Line(int x1, int y1, int x2, int y2, String style, boolean authority) {

		public boolean partners() {
			return "partner".equals(style) || "ex-partner".equals(style);
		}

		/**
		 * The path: partners side by side joined between their shapes; otherwise from
		 * below one's name to the other's top.
		 */
		public String path() {
			if (partners()) {
				int left = Math.min(x1, x2);
				int right = Math.max(x1, x2);
				return "M" + (left + 28) + "," + y1 + " L" + (right - 28) + "," + y2;
			}
			return "M" + x1 + "," + (y1 + 60) + " L" + x2 + "," + (y2 - 28);
		}

		/** Where the two strokes of a separation cross the partner line. */
		public int middleX() {
			return (x1 + x2) / 2;
		}

		public int belowY() {
			return (y1 + y2) / 2;
		}
	}
}
