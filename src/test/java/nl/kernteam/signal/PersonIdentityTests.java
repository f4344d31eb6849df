package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.kernteam.shared.InvalidInputException;
import nl.kernteam.shared.InvalidInputException.FieldProblem;
import nl.kernteam.shared.PersonalDataCipher;
import org.junit.jupiter.api.Test;

class PersonIdentityTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

	final PersonalDataCipher cipher = new PersonalDataCipher(
			"a-secret-for-unit-tests-of-32-characters".getBytes(StandardCharsets.UTF_8));

	@Test
	void aBsnIsFingerprintedInItsCanonicalFormAsHouseholdMembersAre() {
		var spaced = PersonIdentity.of(RegisterSignal.bsn("11 122 2333"), TODAY);
		var eightDigits = PersonIdentity.of(RegisterSignal.bsn("12345672"), TODAY);
		assertThat(spaced.fingerprint(cipher)).isEqualTo(cipher.fingerprint("111222333"));
		assertThat(eightDigits.fingerprintInput()).isEqualTo("012345672");
		assertThat(spaced.hint()).isEqualTo("••••••333").doesNotContain("111222");
		assertThat(spaced.identifiedBy()).isEqualTo(PersonIdentity.IdentifiedBy.BSN);
	}

	@Test
	void aNameIsNormalisedSoThatCaseAndSpacesDoNotMatter() {
		var a = PersonIdentity.of(RegisterSignal.person(" Noor ", "van  der   Berg", LocalDate.of(2012, 5, 1)), TODAY);
		var b = PersonIdentity.of(RegisterSignal.person("NOOR", "Van der Berg", LocalDate.of(2012, 5, 1)), TODAY);
		var decomposed = PersonIdentity.of(RegisterSignal.person("Zoe\u0308", "Jansen", LocalDate.of(2012, 5, 1)),
				TODAY);
		var composed = PersonIdentity.of(RegisterSignal.person("Zo\u00eb", "Jansen", LocalDate.of(2012, 5, 1)), TODAY);
		assertThat(a.fingerprintInput()).isEqualTo("van der berg|noor|2012-05-01").isEqualTo(b.fingerprintInput());
		assertThat(decomposed.fingerprint(cipher)).isEqualTo(composed.fingerprint(cipher));
		assertThat(a.hint()).isEqualTo("N. V. · 1-5-2012");
	}

	/**
	 * The own organisation tells its signals apart by what it entered itself: initials or
	 * the last BSN digits, the date of birth, and its own reference; never more.
	 */
	@Test
	void theHintCarriesTheDateOfBirthAndTheOwnReferenceEntered() {
		var byName = PersonIdentity
			.of(new RegisterSignal(null, null, "Noor", "Berg", LocalDate.of(2012, 5, 1), " dossier 2024-117 "), TODAY);
		assertThat(byName.hint()).isEqualTo("N. B. · 1-5-2012 · dossier 2024-117").doesNotContain("Noor");
		var byBsn = PersonIdentity.of(new RegisterSignal(null, "111222333", null, null, null, "JB"), TODAY);
		assertThat(byBsn.hint()).isEqualTo("••••••333 · JB");
		var bsnAndDate = PersonIdentity.of(RegisterSignal.bsn("111222333"), TODAY);
		assertThat(bsnAndDate.hint()).isEqualTo("••••••333");
	}

	@Test
	void anotherDateOfBirthIsAnotherPerson() {
		var a = PersonIdentity.of(RegisterSignal.person("Noor", "Berg", LocalDate.of(2012, 5, 1)), TODAY);
		var b = PersonIdentity.of(RegisterSignal.person("Noor", "Berg", LocalDate.of(2012, 5, 2)), TODAY);
		assertThat(a.fingerprint(cipher)).isNotEqualTo(b.fingerprint(cipher));
	}

	@Test
	void refusesAnInvalidBsnAMissingIdentityAndAFutureDateOfBirth() {
		assertThat(problems(RegisterSignal.bsn("123456789")))
			.containsExactly(new FieldProblem("bsn", "signal.bsn.invalid"));
		assertThat(problems(new RegisterSignal(null, " ", "", null, null)))
			.containsExactly(new FieldProblem("bsn", "signal.identity.required"));
		assertThat(problems(RegisterSignal.person("Noor", " ", null))).containsExactly(
				new FieldProblem("familyName", "signal.familyName.required"),
				new FieldProblem("birthDate", "signal.birthDate.required"));
		assertThat(problems(RegisterSignal.person("Noor", "Berg", TODAY.plusDays(1))))
			.containsExactly(new FieldProblem("birthDate", "signal.birthDate.future"));
	}

	static java.util.List<FieldProblem> problems(RegisterSignal input) {
		try {
			PersonIdentity.of(input, TODAY);
		}
		catch (InvalidInputException e) {
			return e.problems();
		}
		throw new AssertionError("expected invalid input");
	}

	@Test
	void theFingerprintNeedsTheSecret() {
		var other = new PersonalDataCipher(
				"another-secret-of-at-least-32-characters!".getBytes(StandardCharsets.UTF_8));
		var person = PersonIdentity.of(RegisterSignal.bsn("111222333"), TODAY);
		assertThat(person.fingerprint(cipher)).isNotEqualTo(person.fingerprint(other)).hasSize(64);
		assertThatThrownBy(() -> PersonIdentity.of(RegisterSignal.bsn("abc"), TODAY))
			.isInstanceOf(InvalidInputException.class);
	}

}
