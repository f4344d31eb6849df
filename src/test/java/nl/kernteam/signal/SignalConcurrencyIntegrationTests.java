package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SignalConcurrencyIntegrationTests {

	@Autowired
	SignalManagement signals;

	@Autowired
	HouseholdManagement households;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoOrganisationsSignallingTheSamePersonAtTheSameMomentStillFindEachOther() throws Exception {
		for (int round = 0; round < 8; round++) {
			String bsn = TestFamilies.bsn();
			assertThat(atTheSameMoment(bsn, bsn)).as("round " + round).isTrue();
		}
	}

	@Test
	void aParentAndAChildSignalledAtTheSameMomentStillMatchAsAFamily() throws Exception {
		var contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		for (int round = 0; round < 8; round++) {
			String parent = TestFamilies.bsn();
			String child = TestFamilies.bsn();
			TestFamilies.household(households, contactPerson, parent, child);
			assertThat(atTheSameMoment(parent, child)).as("round " + round).isTrue();
		}
	}

	/**
	 * Whether exactly one of the two learnt of the match from the response and the other
	 * by notification.
	 */
	boolean atTheSameMoment(String ggzBsn, String raadBsn) throws Exception {
		Pro ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		Pro raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		var start = new CountDownLatch(1);
		var futures = new ArrayList<CompletableFuture<RegisteredSignal>>();
		for (var registration : List.of(new Object[] { ggz, ggzBsn }, new Object[] { raad, raadBsn })) {
			futures.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return signals.register(((Pro) registration[0]).actor(), RegisterSignal.bsn((String) registration[1]));
			}));
		}
		start.countDown();
		int inResponse = 0;
		for (var future : futures) {
			inResponse += future.get().matches().size();
		}
		long notified = jdbc
			.sql("""
					select count(*) from notification where professional_id in (:pros) and message_key like 'signal.notification.match.%'
					""")
			.param("pros", List.of(ggz.id(), raad.id()))
			.query(Long.class)
			.single();
		return inResponse == 1 && notified == 1;
	}

}
