package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

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

	/**
	 * Decrypting reuses its ciphers: a damaged value between good ones, values of two key
	 * versions in turn and many threads at once must each still open to their own number.
	 */
	@Test
	void reusedCiphersOpenEveryValueAfterAFailureAcrossKeysAndThreads() throws Exception {
		var rotated = new PersonalDataCipher("a-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8),
				Map.of(2, "the-second-key-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8)));
		String first = cipher.encrypt("111222333");
		String second = rotated.encrypt("444555666");
		String damaged = first.substring(0, 20) + (first.charAt(20) == 'A' ? 'B' : 'A') + first.substring(21);
		for (int i = 0; i < 3; i++) {
			assertThat(rotated.decrypt(first)).isEqualTo("111222333");
			assertThatThrownBy(() -> rotated.decrypt(damaged)).isInstanceOf(IllegalStateException.class);
			assertThat(rotated.decrypt(second)).isEqualTo("444555666");
		}
		var values = new java.util.ArrayList<String>();
		for (int i = 0; i < 64; i++) {
			values.add(String.format("%09d", i * 7919));
		}
		var sealed = values.stream().map(rotated::encrypt).toList();
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var opened = pool.invokeAll(java.util.stream.IntStream.range(0, 8 * 64)
				.mapToObj(i -> (java.util.concurrent.Callable<Boolean>) () -> rotated.decrypt(sealed.get(i % 64))
					.equals(values.get(i % 64)))
				.toList());
			for (var each : opened) {
				assertThat(each.get()).isTrue();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aNewKeyVersionEncryptsWhileOlderValuesStillDecryptAndFingerprintsStay() {
		String old = cipher.encrypt("111222333");
		assertThat(old).doesNotContain(":");
		assertThat(cipher.currentVersion()).isEqualTo(1);
		assertThat(cipher.isOutdated(old)).isFalse();
		var rotated = new PersonalDataCipher("a-secret-of-at-least-thirty-two-bytes".getBytes(StandardCharsets.UTF_8),
				Map.of(2, "the-second-key-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8)));
		assertThat(rotated.currentVersion()).isEqualTo(2);
		assertThat(rotated.currentPrefix()).isEqualTo("k2:");
		assertThat(rotated.decrypt(old)).isEqualTo("111222333");
		assertThat(rotated.isOutdated(old)).isTrue();
		String renewed = rotated.encrypt(rotated.decrypt(old));
		assertThat(renewed).startsWith("k2:");
		assertThat(rotated.isOutdated(renewed)).isFalse();
		assertThat(rotated.decrypt(renewed)).isEqualTo("111222333");
		assertThatThrownBy(() -> cipher.decrypt(renewed)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("version 2");
		assertThat(rotated.fingerprint("111222333")).isEqualTo(cipher.fingerprint("111222333"));
		var withoutFirst = new PersonalDataCipher(
				"another-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8),
				Map.of(2, "the-second-key-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8)));
		assertThat(withoutFirst.decrypt(renewed)).isEqualTo("111222333");
	}

	@Test
	void refusesAShortOrMisnumberedKey() {
		assertThatThrownBy(() -> new PersonalDataCipher(new byte[40], Map.of(2, new byte[8])))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PersonalDataCipher(new byte[40], Map.of(1, new byte[40])))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesAShortSecret() {
		assertThatThrownBy(() -> new PersonalDataCipher(new byte[8])).isInstanceOf(IllegalArgumentException.class);
	}

}
