package nl.kernteam.demo;

import static nl.kernteam.demo.RegionGenerator.between;
import static nl.kernteam.demo.RegionGenerator.capitalise;
import static nl.kernteam.demo.RegionGenerator.ts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.kernteam.demo.CaseFiles.Family;
import nl.kernteam.demo.RegionGenerator.Professional;
import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PersonalDataCipher;

/**
 * Households with their members and the network around each, with two years of history:
 * the contact person (sometimes after a handover), other organisations, the own circle;
 * then their case files ({@link CaseFiles}). Written in batches through
 * {@link RegionRows}.
 */
final class HouseholdGenerator {

	private final Random random;

	private final Instant now;

	private final Map<OrganisationType, List<Professional>> professionals;

	private final PersonalDataCipher cipher;

	private final RegionRows rows;

	private final CaseFiles caseFiles;

	/** The members of the household being generated: id, full name. */
	private final List<String[]> current = new ArrayList<>();

	/**
	 * Who lives in the household being generated, so that its plan and notes speak of
	 * people who are there.
	 */
	private Family family = new Family(false, false, 0);

	HouseholdGenerator(Random random, Instant now, Map<OrganisationType, List<Professional>> professionals,
			PersonalDataCipher cipher, RegionRows rows) {
		this.random = random;
		this.now = now;
		this.professionals = professionals;
		this.cipher = cipher;
		this.rows = rows;
		this.caseFiles = new CaseFiles(random, now, rows);
	}

	void generate(int count) {
		for (int i = 0; i < count; i++) {
			household(i);
			if (rows.full()) {
				rows.flush();
			}
		}
		rows.flush();
	}

	private void household(int index) {
		UUID id = UUID.randomUUID();
		Instant created = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 730)));
		String familyName = capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random));
		var locals = professionals.get(OrganisationType.LOCAL_TEAM);
		// The first local-team accounts (the demo's Anouk, Mark ...) get a larger share,
		// so that a demo
		// login shows a full list.
		Professional contact = locals
			.get(index % 4 == 0 ? index % Math.min(5, locals.size()) : random.nextInt(locals.size()));
		Instant handover = null;
		Professional previous = null;
		if (random.nextInt(100) < 18 && locals.size() > 1) {
			previous = other(locals, contact);
			handover = between(random, created, now);
		}
		Professional first = previous != null ? previous : contact;
		rows.households
			.add(new Object[] { id, "Gezin " + familyName, ts(created), first.id(), ts(latest(created, handover)) });
		members(id, familyName);
		// the contact person (and, after a handover, the one before)
		if (previous != null) {
			involvement(id, previous, "CORE_TEAM", "Gezin aangemeld", created,
					random.nextBoolean() ? null : between(random, handover, now), previous);
			rows.contactPersons.add(new Object[] { UUID.randomUUID(), id, previous.id(), "Gezin aangemeld", ts(created),
					previous.id(), ts(handover) });
			involvement(id, contact, "CORE_TEAM", "Vaste contactpersoon overgenomen", handover, null, previous);
			rows.contactPersons.add(new Object[] { UUID.randomUUID(), id, contact.id(),
					"Collega vertrekt uit het wijkteam", ts(handover), previous.id(), null });
		}
		else {
			involvement(id, contact, "CORE_TEAM", "Gezin aangemeld", created, null, contact);
			rows.contactPersons.add(new Object[] { UUID.randomUUID(), id, contact.id(), "Gezin aangemeld", ts(created),
					contact.id(), null });
		}
		maybe(id, created, OrganisationType.VEILIG_THUIS, 30, "CORE_TEAM",
				"Melding huiselijk geweld; veiligheidsbeoordeling", contact);
		maybe(id, created, OrganisationType.CHILD_PROTECTION_BOARD, 12, "EXPERT",
				"Denkt mee over veiligheid; mogelijk beschermingsonderzoek", contact);
		maybe(id, created, OrganisationType.YOUTH_PROTECTION_AGENCY, 8, "CORE_TEAM", "Uitvoering ondertoezichtstelling",
				contact);
		maybe(id, created, OrganisationType.MENTAL_HEALTH, 22, "PARTNER", "Behandeling van een ouder", contact);
		maybe(id, created, OrganisationType.POLICE, 10, "PARTNER", "Politiecontact na incident", contact);
		caseFiles.notes(id, family, contact, handover != null ? handover : created);
		int informal = random.nextInt(100) < 45 ? 1 + random.nextInt(2) : 0;
		String[] helper = null;
		// notes are written before the own circle joins, so they name no helper
		for (int i = 0; i < informal; i++) {
			String relation = DutchNames.pick(DutchNames.RELATIONS, random);
			boolean man = java.util.Set.of("opa", "oom", "buurman", "voetbaltrainer").contains(relation);
			String person = DutchNames.pick(man ? DutchNames.MEN : DutchNames.WOMEN, random);
			UUID involvement = UUID.randomUUID();
			helper = new String[] { involvement.toString(), person, relation };
			rows.involvements.add(new Object[] { involvement, id, null, null, person, relation, "INFORMAL",
					"Steun uit het eigen netwerk", ts(between(random, created, now)), contact.id(), null, null });
		}
		if (random.nextInt(100) < 40 && family.children() > 0) {
			caseFiles.plan(id, family, current.get(0), contact, created, helper);
		}
	}

	private void maybe(UUID household, Instant created, OrganisationType type, int percent, String role, String reason,
			Professional by) {
		var candidates = professionals.get(type);
		if (candidates == null || candidates.isEmpty() || random.nextInt(100) >= percent) {
			return;
		}
		Instant start = between(random, created, now);
		Instant end = random.nextInt(100) < 30 ? between(random, start, now) : null;
		involvement(household, candidates.get(random.nextInt(candidates.size())), role, reason, start, end, by);
	}

	private void involvement(UUID household, Professional professional, String role, String reason, Instant start,
			Instant end, Professional by) {
		rows.involvements.add(new Object[] { UUID.randomUUID(), household, professional.id(),
				professional.organisationId(), null, null, role, reason, ts(start), by.id(),
				end == null ? null : ts(end), end == null ? null : by.id() });
	}

	private void members(UUID household, String familyName) {
		current.clear();
		int shape = random.nextInt(100);
		family = shape < 5 ? new Family(false, false, 0) : new Family(true, shape < 50, 0);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int position = 0;
		if (shape < 5) {
			member(household, adult(random.nextBoolean()), familyName, today.minusYears(19 + random.nextInt(70)),
					"PARENT", position);
			return;
		}
		int parentAge = 24 + random.nextInt(24);
		member(household, adult(true), familyName, today.minusYears(parentAge).minusDays(random.nextInt(365)), "PARENT",
				position++);
		if (shape < 50) {
			member(household, adult(false),
					random.nextInt(4) == 0 ? capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random)) : familyName,
					today.minusYears(parentAge + random.nextInt(7) - 2).minusDays(random.nextInt(365)), "PARENT",
					position++);
		}
		else if (shape < 62) {
			member(household, adult(false), capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random)),
					today.minusYears(parentAge + random.nextInt(9) - 3).minusDays(random.nextInt(365)), "CARER",
					position++);
		}
		else if (shape < 72) {
			member(household, adult(true), capitalise(DutchNames.pick(DutchNames.FAMILY_NAMES, random)),
					today.minusYears(parentAge + 22 + random.nextInt(10)).minusDays(random.nextInt(365)), "OTHER",
					position++);
		}
		int children = 1 + random.nextInt(random.nextInt(10) == 0 ? 5 : 3);
		for (int c = 0; c < children; c++) {
			int maxAge = Math.max(1, Math.min(21, parentAge - 18));
			boolean girl = random.nextBoolean();
			member(household, DutchNames.pick(girl ? DutchNames.GIRLS : DutchNames.BOYS, random), familyName,
					today.minusYears(random.nextInt(maxAge)).minusDays(random.nextInt(365)), "CHILD", position++);
		}
		family = new Family(family.mother(), family.father(), children);
	}

	private String adult(boolean woman) {
		return DutchNames.pick(woman ? DutchNames.WOMEN : DutchNames.MEN, random);
	}

	private void member(UUID household, String givenName, String familyName, LocalDate birthDate, String role,
			int position) {
		String bsn = random.nextInt(100) < 75 ? DutchNames.bsn(random) : null;
		UUID id = UUID.randomUUID();
		current.add(new String[] { id.toString(), givenName + " " + familyName });
		rows.members.add(new Object[] { id, household, givenName, familyName, birthDate, role,
				bsn == null ? null : cipher.fingerprint(Bsn.canonical(bsn)), bsn == null ? null : cipher.encrypt(bsn),
				position,
				DutchNames.WOMEN.contains(givenName) || DutchNames.GIRLS.contains(givenName) ? "FEMALE" : "MALE" });
	}

	private Professional other(List<Professional> candidates, Professional not) {
		Professional pick;
		do {
			pick = candidates.get(random.nextInt(candidates.size()));
		}
		while (pick.equals(not));
		return pick;
	}

	private static Instant latest(Instant a, Instant b) {
		return b == null || a.isAfter(b) ? a : b;
	}

}
