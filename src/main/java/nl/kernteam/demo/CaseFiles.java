package nl.kernteam.demo;

import static nl.kernteam.demo.RegionGenerator.between;
import static nl.kernteam.demo.RegionGenerator.capitalise;
import static nl.kernteam.demo.RegionGenerator.ts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;

import nl.kernteam.demo.RegionGenerator.Professional;

/**
 * What professionals wrote down about a generated household: contact notes, and for some
 * a plan with a goal, agreements for a parent, someone of the own circle and the contact
 * person, and an evaluation. The texts fit the family: they speak only of people who live
 * there.
 */
final class CaseFiles {

	private final Random random;

	private final Instant now;

	private final RegionRows rows;

	CaseFiles(Random random, Instant now, RegionRows rows) {
		this.random = random;
		this.now = now;
		this.rows = rows;
	}

	/**
	 * A plan with a goal or two and agreements for a parent, someone of the own circle
	 * and the contact person.
	 * @param parent the first member: id, full name
	 * @param helper someone of the own circle (involvement id, name, relation), or
	 * {@code null}
	 */
	void plan(UUID household, Family family, String[] parent, Professional contact, Instant created, String[] helper) {
		Instant started = between(random, created, now);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		String phase = random.nextInt(3) == 0 ? "SAFETY_PLAN" : "SAFETY_CONDITIONS";
		rows.plans.add(new Object[] { household, phase, pick(FAMILY_WORDS, family)[1], ts(started), contact.id(),
				ts(started), contact.id() });
		UUID goal = UUID.randomUUID();
		String[] goalAndAgreements = java.util.Arrays.copyOfRange(pick(GOALS, family), 1, 5);
		rows.goals.add(new Object[] { goal, household, goalAndAgreements[0], 1, ts(started), contact.id() });
		agreement(household, goal, goalAndAgreements[1], "FAMILY_MEMBER", UUID.fromString(parent[0]), null, null,
				parent[1], today.plusDays(random.nextInt(30) - 8), contact, started);
		if (helper != null) {
			agreement(household, goal, capitalise(helper[2]) + " " + goalAndAgreements[2], "INFORMAL", null,
					UUID.fromString(helper[0]), null, helper[1], today.plusDays(random.nextInt(30) - 5), contact,
					started);
		}
		agreement(household, goal, goalAndAgreements[3], "PROFESSIONAL", null, null, contact.id(), contact.name(),
				today.plusDays(random.nextInt(21) - 4), contact, started);
		rows.evaluations.add(new Object[] { UUID.randomUUID(), household,
				java.sql.Date.valueOf(today.plusDays(3 + random.nextInt(40))), ts(started), contact.id() });
		safety(household, phase, parent[1], contact, started);
	}

	private static final String[] CONDITIONS = { "Er wordt niet geslagen of gedreigd waar de kinderen bij zijn.",
			"Als het thuis uit de hand dreigt te lopen, belt een ouder oma of de contactpersoon.",
			"De kinderen slapen elke nacht thuis of bij oma." };

	/**
	 * The plan's safety status from its start, and two minimum safety conditions checked
	 * every week or two since, now and then not held.
	 */
	private void safety(UUID household, String phase, String parent, Professional contact, Instant started) {
		LocalDate from = LocalDate.ofInstant(started, ZoneOffset.UTC);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		rows.statuses.add(new Object[] { UUID.randomUUID(), household, "DIRECT_SAFETY", java.sql.Date.valueOf(from),
				contact.id(), ts(started) });
		if (phase.equals("SAFETY_PLAN")) {
			LocalDate stable = from.plusDays((today.toEpochDay() - from.toEpochDay()) / 2);
			rows.statuses.add(new Object[] { UUID.randomUUID(), household, "STABLE_SAFETY",
					java.sql.Date.valueOf(stable), contact.id(), ts(started) });
		}
		for (int i = 0; i < 2; i++) {
			UUID condition = UUID.randomUUID();
			rows.conditions.add(new Object[] { condition, household, CONDITIONS[(i + random.nextInt(3)) % 3],
					java.sql.Date.valueOf(from), i + 1, ts(started), contact.id() });
			int checks = 0;
			for (LocalDate on = from.plusDays(7 + random.nextInt(7)); !on.isAfter(today)
					&& checks < 6; on = on.plusDays(7 + random.nextInt(7)), checks++) {
				boolean family = random.nextBoolean();
				rows.checks.add(new Object[] { UUID.randomUUID(), condition, java.sql.Date.valueOf(on),
						random.nextInt(6) != 0, family ? parent : contact.name(), contact.id(), ts(started) });
			}
		}
	}

	private void agreement(UUID household, UUID goal, String description, String kind, UUID member, UUID involvement,
			UUID professional, String name, LocalDate due, Professional by, Instant at) {
		String status = due.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC)) && random.nextBoolean() ? "DONE"
				: "OPEN";
		rows.agreements.add(new Object[] { UUID.randomUUID(), household, goal, description, kind, member, involvement,
				professional, name, java.sql.Date.valueOf(due), status, ts(at), by.id(), ts(at), by.id() });
	}

	void notes(UUID household, Family family, Professional author, Instant since) {
		int count = random.nextInt(100) < 65 ? 1 + random.nextInt(4) : 0;
		for (int i = 0; i < count; i++) {
			Instant at = between(random, since, now);
			String[] note = java.util.Arrays.copyOfRange(pick(NOTES, family), 1, 3);
			rows.notes.add(new Object[] { UUID.randomUUID(), household, author.id(), author.organisationId(), note[0],
					java.sql.Date.valueOf(LocalDate.ofInstant(at, ZoneOffset.UTC)), note[1], ts(at) });
		}
	}

	/**
	 * A text whose first element says whom it needs: C children, M a mother, F a father,
	 * S a mother on her own.
	 */
	private String[] pick(String[][] texts, Family family) {
		var fitting = java.util.Arrays.stream(texts).filter(text -> family.fits(text[0])).toList();
		return fitting.get(random.nextInt(fitting.size()));
	}

	/**
	 * Who a household is: a mother (the first parent is a woman), a father (a second
	 * parent), how many children.
	 */
	record Family(boolean mother, boolean father, int children) {

		boolean fits(String needs) {
			return (!needs.contains("C") || children > 0) && (!needs.contains("M") || mother)
					&& (!needs.contains("F") || father) && (!needs.contains("S") || mother && !father);
		}
	}

	private static final String[][] FAMILY_WORDS = {
			{ "C", "Wij willen dat het thuis rustig is en dat de kinderen niet meer bang zijn." },
			{ "C", "Wij willen samen met de mensen om ons heen zorgen dat er altijd iemand is voor de kinderen." },
			{ "SC", "Ik wil een goede moeder zijn en hulp als het me te veel wordt." },
			{ "FC", "Wij willen geen ruzie meer waar de kinderen bij zijn." } };

	/**
	 * The goal, then the agreements of a parent, of someone of the own circle (after
	 * their relation) and of the contact person.
	 */
	private static final String[][] GOALS = { { "MFC", "De kinderen zijn veilig als papa en mama ruzie hebben",
			"Ouders gaan uit elkaar staan als de ruzie oploopt en bellen om hulp",
			"haalt de kinderen op als de ouders bellen", "Contactpersoon regelt een cursus omgaan met boosheid" },
			{ "MC", "Er is elke dag eten en de kinderen gaan naar school",
					"Moeder maakt een weekschema voor boodschappen en school",
					"brengt de jongste op dinsdag naar school", "Contactpersoon gaat mee naar schuldhulp" },
			{ "MC", "Moeder krijgt hulp als het haar te veel wordt",
					"Moeder belt haar contactpersoon als ze het niet meer aankan", "komt twee avonden per week langs",
					"Contactpersoon meldt moeder aan bij de GGZ" } };

	private static final String[][] NOTES = {
			{ "", "CONVERSATION",
					"Kennismakingsgesprek. We spraken over wat er nodig is, wat al goed gaat en wie er al helpt." },
			{ "MC", "HOME_VISIT",
					"Huisbezoek. Moeder vertelt dat de avonden rustiger verlopen sinds de afspraken over bedtijd. De kinderen waren vrolijk en lieten hun kamer zien." },
			{ "F", "CONVERSATION",
					"Gesprek met vader over de ruzies thuis. Hij wil hulp bij omgaan met spanning; we zoeken samen naar een cursus in de buurt." },
			{ "C", "PHONE_CALL",
					"Telefoon met school: de oudste komt weer op tijd en doet beter mee in de klas. School belt bij nieuwe zorgen." },
			{ "C", "MEETING",
					"Netwerkoverleg met het gezin en Veilig Thuis. Afgesproken wie de kinderen op woensdag opvangt." },
			{ "C", "HOME_VISIT",
					"Onaangekondigd huisbezoek na melding van de buren. Geen acute onveiligheid gezien; het gezin stond open voor gesprek." },
			{ "C", "CONVERSATION",
					"Gesprek met de jongste alleen (Drie Huizen). Noemt de eigen kamer als fijne plek; ruzie maakt bang." },
			{ "M", "PHONE_CALL",
					"Moeder belde: de uitkering is stopgezet. Doorverwezen naar schuldhulp; volgende week samen naar het loket." },
			{ "F", "MEETING",
					"Overleg met GGZ over de behandeling van vader, met zijn toestemming. Hij is gestart met wekelijkse gesprekken." } };

}
