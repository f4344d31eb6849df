package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BsnTests {

	@Test
	void acceptsNumbersThatPassTheElevenTest() {
		assertThat(Bsn.isValid("111222333")).isTrue();
		assertThat(Bsn.isValid("123456782")).isTrue();
		assertThat(Bsn.isValid("1112.22.333")).isTrue();
		// with a leading zero: 011222333 fails
		assertThat(Bsn.isValid("11222333")).isFalse();
		assertThat(Bsn.isValid("12345672")).isTrue(); // eight digits, read as 012345672
	}

	@Test
	void refusesWhatFailsIt() {
		assertThat(Bsn.isValid("123456789")).isFalse();
		assertThat(Bsn.isValid("000000000")).isFalse();
		assertThat(Bsn.isValid("12345678a")).isFalse();
		assertThat(Bsn.isValid("1234567890")).isFalse();
		assertThat(Bsn.isValid("")).isFalse();
		assertThat(Bsn.isValid(null)).isFalse();
	}

	@Test
	void showsOnlyTheLastThreeDigits() {
		assertThat(Bsn.masked("111222333")).isEqualTo("••••••333");
		assertThat(Bsn.canonical("12345672")).isEqualTo("012345672");
	}

}
