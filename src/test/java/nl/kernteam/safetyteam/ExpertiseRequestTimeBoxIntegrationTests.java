package nl.kernteam.safetyteam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.AmsterdamTime;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The time box of an accepted request, with the job moved through time: the reminder
 * comes before the last day, and after it the involvement ends with its reason.
 */
@IntegrationTest
class ExpertiseRequestTimeBoxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ExpertiseRequestManagement management;

	@Autowired
	ExpertiseRequestTimeBox timeBox;

	@Autowired
	Clock clock;

	Pro contactPerson;

	HouseholdId household;

	Pro raad;

	LocalDate until;

	UUID request;

	/** A request to the Raad, accepted, whose last day is 20 days away. */
	@BeforeEach
	void anAcceptedRequest() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(contactPerson);
		raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		until = AmsterdamTime.today(clock).plusDays(20);
		request = management.request(contactPerson.actor(), household,
				new ExpertiseRequestInput(raad.summary().organisationId(), "Is een raadsonderzoek nodig?",
						ExpertiseRequestUrgency.ROUTINE, until));
		management.accept(raad.actor(), request, new ExpertiseRequestAcceptance(null));
	}

	@Test
	void theReminderComesBeforeTheLastDayAndAfterItTheInvolvementEnds() throws Exception {
		timeBox.run(at(until.minusDays(10)));
		assertThat(told(raad, "safetyteam.notification.endingSoon")).as("too early").isZero();

		timeBox.run(at(until.minusDays(3)));
		assertThat(told(raad, "safetyteam.notification.endingSoon")).isEqualTo(1);
		assertThat(told(contactPerson, "safetyteam.notification.endingSoon")).isEqualTo(1);
		timeBox.run(at(until.minusDays(2)));
		assertThat(told(raad, "safetyteam.notification.endingSoon")).as("once").isEqualTo(1);

		timeBox.run(at(until));
		assertThat(householdStatus(raad)).as("on the last day").isEqualTo(200);

		timeBox.run(at(until.plusDays(1)));
		assertThat(householdStatus(raad)).as("after the last day").isEqualTo(403);
		assertThat(jdbc.sql("""
				select end_reason from involvement where household_id = :h and professional_id = :p
				""").param("h", household.value()).param("p", raad.id()).query(String.class).single())
			.isEqualTo("De afgesproken tijd voor de expertisevraag is voorbij.");
		assertThat(jdbc.sql("select status from expertise_request where id = :id")
			.param("id", request)
			.query(String.class)
			.single()).isEqualTo("ENDED");
		assertThat(told(raad, "safetyteam.notification.ended")).isEqualTo(1);
		assertThat(told(contactPerson, "safetyteam.notification.ended")).isEqualTo(1);
	}

	@Test
	void anExtensionMovesTheEndAndTheReminderComesAgain() {
		timeBox.run(at(until.minusDays(3)));
		management.extend(contactPerson.actor(), request, new ExpertiseRequestExtension(until.plusDays(30)));

		timeBox.run(at(until.plusDays(1)));
		assertThat(jdbc.sql("select status from expertise_request where id = :id")
			.param("id", request)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");
		timeBox.run(at(until.plusDays(25)));
		assertThat(told(raad, "safetyteam.notification.endingSoon")).as("again before the new end").isEqualTo(2);
	}

	private static java.time.Instant at(LocalDate day) {
		return day.atTime(LocalTime.of(9, 0)).atZone(AmsterdamTime.ZONE).toInstant();
	}

	private long told(Pro professional, String messageKey) {
		return jdbc.sql("select count(*) from notification where professional_id = :p and message_key = :key")
			.param("p", professional.id())
			.param("key", messageKey)
			.query(Long.class)
			.single();
	}

	private int householdStatus(Pro by) throws Exception {
		return mvc.perform(get("/api/v1/households/{id}", household.value()).with(by.basic()))
			.andReturn()
			.getResponse()
			.getStatus();
	}

}
