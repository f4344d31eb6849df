package nl.kernteam.signal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;

import nl.kernteam.shared.Bsn;
import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.InvalidInputException.FieldProblem;
import nl.kernteam.shared.PersonalDataCipher;

/**
 * Who a signal is about, as the input gave it, turned into what is stored: a keyed
 * fingerprint and a short hint for the own organisation. The plain BSN and name never
 * leave this object.
 *
 * @param fingerprintInput the canonical BSN, or "family|given|yyyy-mm-dd" normalised
 * @param hint "••••••123" for a BSN, initials for a name: enough for the own organisation
 * to recognise its signal, too little to identify anyone
 */
record PersonIdentity(IdentifiedBy identifiedBy, String fingerprintInput, String hint, LocalDate birthDate) {

	enum IdentifiedBy {

		BSN, NAME_AND_BIRTH_DATE

	}

	/**
	 * @throws InvalidInputException for an invalid BSN, or without BSN a missing name or
	 * date of birth, or a date of birth in the future
	 */
	static PersonIdentity of(RegisterSignal input, LocalDate today) {
		var problems = new ArrayList<FieldProblem>();
		if (input.birthDate() != null && input.birthDate().isAfter(today)) {
			problems.add(new FieldProblem("birthDate", "signal.birthDate.future"));
		}
		if (!blank(input.bsn())) {
			if (!Bsn.isValid(input.bsn())) {
				problems.add(0, new FieldProblem("bsn", "signal.bsn.invalid"));
			}
			check(problems);
			String bsn = Bsn.canonical(input.bsn());
			return new PersonIdentity(IdentifiedBy.BSN, bsn,
					withOwnDetails(Bsn.masked(bsn), input.birthDate(), input.reference()), input.birthDate());
		}
		if (blank(input.givenName()) && blank(input.familyName()) && input.birthDate() == null) {
			problems.add(new FieldProblem("bsn", "signal.identity.required"));
		}
		else {
			if (blank(input.givenName())) {
				problems.add(new FieldProblem("givenName", "signal.givenName.required"));
			}
			if (blank(input.familyName())) {
				problems.add(new FieldProblem("familyName", "signal.familyName.required"));
			}
			if (input.birthDate() == null) {
				problems.add(new FieldProblem("birthDate", "signal.birthDate.required"));
			}
		}
		check(problems);
		var person = byName(input.givenName(), input.familyName(), input.birthDate());
		return new PersonIdentity(person.identifiedBy(), person.fingerprintInput(),
				withOwnDetails(person.hint().replaceAll(" \\(\\d{4}\\)$", ""), input.birthDate(), input.reference()),
				person.birthDate());
	}

	/**
	 * The hint the own organisation recognises its signal by: what it entered itself, the
	 * date of birth and its own reference, never more.
	 */
	private static String withOwnDetails(String hint, LocalDate birthDate, String reference) {
		String withDate = birthDate == null ? hint
				: hint + " · " + birthDate.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
		return blank(reference) ? withDate : withDate + " · " + reference.trim();
	}

	/**
	 * A person without BSN, from a name and date of birth that are known to be present.
	 */
	static PersonIdentity byName(String givenName, String familyName, LocalDate birthDate) {
		String given = normalise(givenName);
		String family = normalise(familyName);
		return new PersonIdentity(IdentifiedBy.NAME_AND_BIRTH_DATE, family + "|" + given + "|" + birthDate,
				initial(given) + " " + initial(family) + " (" + birthDate.getYear() + ")", birthDate);
	}

	String fingerprint(PersonalDataCipher cipher) {
		return cipher.fingerprint(fingerprintInput);
	}

	/**
	 * Lower case, trimmed, one space between words, composed accents, no control
	 * characters: " Van Dijk " and "van dijk" are equal.
	 */
	static String normalise(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("\\p{Cntrl}", " ")
			.trim()
			.replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT);
	}

	private static String initial(String normalised) {
		return normalised.substring(0, 1).toUpperCase(Locale.ROOT) + ".";
	}

	private static void check(java.util.List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	/**
	 * Blank also when nothing but control characters or spaces remains after normalising.
	 */
	private static boolean blank(String value) {
		return value == null || normalise(value).isEmpty();
	}
}
