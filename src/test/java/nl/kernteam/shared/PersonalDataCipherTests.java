package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class PersonalDataCipherTests {

	PersonalDataCipher cipher = new PersonalDataCipher(
			"a-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8));

	@Test
	void fingerprintIsStableKeyedAndDoesNotContainTheValue() {
		String fingerprint = cipher.fingerprint("111222333");
		assertThat(fingerprint).isEqualTo(cipher.fingerprint("111222333")).hasSize(64).doesNotContain("111222333");
		var other = new PersonalDataCipher("another-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));
		assertThat(other.fingerprint("111222333")).isNotEqualTo(fingerprint);
	}

	@Test
	void encryptionRoundTripsWithFreshNoncesAndFailsWithAnotherKey() {
		String sealed = cipher.encrypt("111222333");
		assertThat(sealed).doesNotContain("111222333").isNotEqualTo(cipher.encrypt("111222333"));
		assertThat(cipher.decrypt(sealed)).isEqualTo("111222333");
		var other = new PersonalDataCipher("another-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> other.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void refusesAShortSecret() {
		assertThatThrownBy(() -> new PersonalDataCipher(new byte[8])).isInstanceOf(IllegalArgumentException.class);
	}

}
