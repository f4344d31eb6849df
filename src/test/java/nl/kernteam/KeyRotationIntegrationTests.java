package nl.kernteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.shared.security.KeyRotation;
import nl.kernteam.signal.TestFamilies;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rotating the personal-data key: the command rewrites every encrypted BSN and webhook
 * secret with the new key version, the numbers and their fingerprints stay the same, a
 * cipher without the new key can no longer read them, and running it again changes
 * nothing. The test rotates back at the end, as the other tests' cipher knows version 1
 * only.
 */
@IntegrationTest
class KeyRotationIntegrationTests {

	@Autowired
	KeyRotation rotation;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	HouseholdManagement households;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theCommandRewritesEveryEncryptedValueWithTheNewKeyAndCanBeUndone() throws Exception {
		Pro contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		String bsn = TestFamilies.bsn();
		String family = "Sleutel" + TestData.unique();
		HouseholdId household = households.register(contactPerson.actor(),
				new RegisterHousehold(null, null, List
					.of(new MemberInput(null, "Mila", family, LocalDate.of(1990, 1, 5), MemberRole.PARENT, bsn, false)),
						null, null));
		mvc.perform(post("/api/v1/webhooks").with(httpBasic("admin", TestData.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\": \"Sleutelproef\", \"url\": \"http://127.0.0.1:9/hook\", \"kinds\": [\"HOUSEHOLD_CLOSED\"]}"))
			.andExpect(status().isCreated());
		jdbc.sql("update webhook_subscription set active = false").update();
		String before = encryptedBsn(household);
		String fingerprint = fingerprint(household);
		assertThat(before).doesNotContain(":");
		String secret = cipher.decrypt(webhookSecret());

		var rotated = cipher.withKey(2, "a-new-key-for-personal-data-of-32+-bytes".getBytes(StandardCharsets.UTF_8));
		Map<String, Integer> counts = rotation.reEncrypt(rotated);

		assertThat(counts).containsKeys("member.bsn_encrypted", "webhook_subscription.secret_encrypted");
		assertThat(counts.get("member.bsn_encrypted")).isPositive();
		// what is left of an older version is only what no key can read (other tests'
		// damaged values)
		assertThat(jdbc
			.sql("select bsn_encrypted from member where bsn_encrypted is not null and bsn_encrypted not like 'k2:%'")
			.query(String.class)
			.list()).allSatisfy(left -> assertThatThrownBy(() -> rotated.decrypt(left)).isNotNull());
		assertThat(jdbc.sql("select count(*) from webhook_subscription where secret_encrypted not like 'k2:%'")
			.query(Long.class)
			.single()).isZero();
		String after = encryptedBsn(household);
		assertThat(after).startsWith("k2:");
		assertThat(rotated.decrypt(after)).isEqualTo(bsn);
		assertThat(fingerprint(household)).isEqualTo(fingerprint);
		assertThat(rotated.decrypt(webhookSecret())).isEqualTo(secret);
		assertThat(rotation.reEncrypt(rotated).values()).containsOnly(0);

		var back = rotated.encryptingWith(1);
		rotation.reEncrypt(back);
		assertThat(encryptedBsn(household)).doesNotContain(":");
		assertThat(cipher.decrypt(encryptedBsn(household))).isEqualTo(bsn);
		assertThat(cipher.decrypt(webhookSecret())).isEqualTo(secret);
	}

	String encryptedBsn(HouseholdId household) {
		return jdbc.sql("select bsn_encrypted from member where household_id = :h")
			.param("h", household.value())
			.query(String.class)
			.single();
	}

	String fingerprint(HouseholdId household) {
		return jdbc.sql("select bsn_fingerprint from member where household_id = :h")
			.param("h", household.value())
			.query(String.class)
			.single();
	}

	String webhookSecret() {
		return jdbc.sql("select secret_encrypted from webhook_subscription where name = 'Sleutelproef' limit 1")
			.query(String.class)
			.single();
	}

}
