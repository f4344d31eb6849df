package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTests {

	@Test
	void dropsSurroundingWhitespaceOfEveryKindAndLowersTheCase() {
		assertThat(Usernames.normalise(" anouk ")).isEqualTo("anouk");
		assertThat(Usernames.normalise("\tAnouk.DeJong\t")).isEqualTo("anouk.dejong");
		assertThat(Usernames.normalise("\u00A0anouk\u2003\n\r\u200B")).isEqualTo("anouk");
		assertThat(Usernames.normalise("\u0000anouk\u001F")).isEqualTo("anouk");
		assertThat(Usernames.normalise("an ouk")).isEqualTo("an ouk");
		assertThat(Usernames.normalise(" \t ")).isEmpty();
		assertThat(Usernames.normalise(null)).isNull();
	}

	@Test
	void lowersTheCaseTheSameInEveryLocale() {
		var before = java.util.Locale.getDefault();
		try {
			java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
			assertThat(Usernames.normalise("IRIS")).isEqualTo("iris");
		}
		finally {
			java.util.Locale.setDefault(before);
		}
	}

}
