package nl.kernteam.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;

import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.notification.Notifications;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import nl.kernteam.shared.PersonalDataCipher;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SignalFamilyIntegrationTests {

	@Autowired
	SignalManagement signals;

	@Autowired
	SignalQueries queries;

	@Autowired
	HouseholdManagement households;

	@Autowired
	nl.kernteam.household.HouseholdQueries householdQueries;

	@Autowired
	Notifications notifications;

	@Autowired
	nl.kernteam.household.FamilySystemManagement familySystem;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Pro contactPerson;

	Pro ggz;

	Pro raad;

	String parentBsn;

	String childBsn;

	TestFamilies.Family family;

	@BeforeEach
	void setUp() {
		contactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		ggz = data.professional(OrganisationType.MENTAL_HEALTH);
		raad = data.professional(OrganisationType.CHILD_PROTECTION_BOARD);
		parentBsn = TestFamilies.bsn();
		childBsn = TestFamilies.bsn();
		family = TestFamilies.household(households, contactPerson, parentBsn, childBsn);
	}

	@Test
	void aParentAndTheirChildSignalledByTwoOrganisationsIsAFamilyMatchForBoth() {
		signals.register(ggz.actor(), RegisterSignal.bsn(parentBsn));
		var registered = signals.register(raad.actor(), RegisterSignal.bsn(childBsn));

		assertThat(registered.matches())
			.extracting(SignalMatch::kind, SignalMatch::organisationName, SignalMatch::professionalName)
			.containsExactly(tuple(MatchKind.FAMILY, ggz.summary().organisationName(), ggz.summary().name()));
		assertThat(queries.matches(ggz.actor(), new PageOf.Request(0, 20)).items())
			.extracting(SignalMatch::kind, SignalMatch::organisationName)
			.containsExactly(tuple(MatchKind.FAMILY, raad.summary().organisationName()));
		assertThat(notificationKeys(ggz)).containsExactly("signal.notification.match.FAMILY");
	}

	@Test
	void theContactPersonIsAskedToInviteBothProfessionalsIntoTheNetwork() {
		signals.register(ggz.actor(), RegisterSignal.bsn(parentBsn));
		assertThat(notificationKeys(contactPerson)).isEmpty();
		signals.register(raad.actor(), RegisterSignal.bsn(childBsn));

		var sent = notifications.forProfessional(contactPerson.id(), new PageOf.Request(0, 20)).items();
		assertThat(sent).extracting(Notifications.Notification::messageKey)
			.containsOnly("signal.notification.contactPerson");
		assertThat(sent).extracting(Notifications.Notification::link)
			.containsExactlyInAnyOrder(
					"/households/" + family.id() + "/network/involvements/new?professionalId=" + ggz.id(),
					"/households/" + family.id() + "/network/involvements/new?professionalId=" + raad.id());
		assertThat(sent).allSatisfy(n -> assertThat(n.arguments()).contains("Gezin " + family.familyName()));
	}

	@Test
	void theContactPersonIsNotAskedToInviteThemselves() {
		Pro colleague = data.professional(data.organisation(OrganisationType.VEILIG_THUIS));
		signals.register(contactPerson.actor(), RegisterSignal.bsn(childBsn));
		signals.register(colleague.actor(), RegisterSignal.bsn(childBsn));
		assertThat(notifications.forProfessional(contactPerson.id(), new PageOf.Request(0, 20)).items())
			.extracting(Notifications.Notification::link)
			// one notification for the one event: asked to invite the colleague, not told
			// the
			// same match again (issue 17)
			.containsExactly(
					"/households/" + family.id() + "/network/involvements/new?professionalId=" + colleague.id());
	}

	@Test
	void aSignalOnAHouseholdMemberAppearsInTheFamilysAccessLog() {
		var id = signals.register(ggz.actor(), RegisterSignal.bsn(parentBsn)).id();
		assertThat(jdbc.sql("""
				select count(*) from access_log where household_id = :household and resource = :resource
				   and action = 'CREATE' and actor_id = :actor and outcome = 'GRANTED'
				""")
			.param("household", family.id().value())
			.param("resource", "signal:" + id)
			.param("actor", ggz.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aMemberOfAnotherFamilyDoesNotMatch() {
		var otherFamily = TestFamilies.household(households, contactPerson, TestFamilies.bsn(), TestFamilies.bsn());
		assertThat(otherFamily.id()).isNotEqualTo(family.id());
		signals.register(ggz.actor(), RegisterSignal.bsn(parentBsn));
		Pro police = data.professional(OrganisationType.POLICE);
		var registered = signals.register(police.actor(), RegisterSignal.bsn(TestFamilies.bsn()));
		assertThat(registered.matches()).isEmpty();
		assertThat(queries.matches(ggz.actor(), new PageOf.Request(0, 20)).total()).isZero();
	}

	@Test
	void theSignalIsTiedToTheHouseholdMemberByTheSameFingerprint() {
		var id = signals.register(raad.actor(), RegisterSignal.bsn(childBsn)).id();
		String fingerprint = jdbc.sql("select person_fingerprint from signal where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(jdbc.sql("select count(*) from member where household_id = :h and bsn_fingerprint = :f")
			.param("h", family.id().value())
			.param("f", fingerprint)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void thePlainBsnAppearsNowhereInTheDatabase() {
		signals.register(ggz.actor(), RegisterSignal.bsn(parentBsn));
		signals.register(raad.actor(), RegisterSignal.bsn(childBsn));
		signals.register(data.professional(OrganisationType.POLICE).actor(), RegisterSignal
			.bsn(parentBsn.substring(0, 3) + " " + parentBsn.substring(3, 6) + "." + parentBsn.substring(6)));
		List<String> tables = jdbc.sql("""
				select quote_ident(table_name) from information_schema.tables
				 where table_schema = 'public' and table_type = 'BASE TABLE'
				""").query(String.class).list();
		assertThat(tables).contains("signal", "member", "notification", "access_log");
		for (String table : tables) {
			for (String bsn : List.of(parentBsn, childBsn)) {
				assertThat(jdbc.sql("select count(*) from " + table + " t where t::text like :pattern")
					.param("pattern", "%" + bsn + "%")
					.query(Long.class)
					.single()).as(table).isZero();
			}
		}
		assertThat(jdbc.sql("select count(*) from signal where person_fingerprint = :f")
			.param("f", cipher.fingerprint(parentBsn))
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aHouseholdRegisteredAfterBothSignalsAnnouncesTheFamilyMatch() {
		String parent = TestFamilies.bsn();
		String child = TestFamilies.bsn();
		assertThat(signals.register(ggz.actor(), RegisterSignal.bsn(parent)).matches()).isEmpty();
		assertThat(signals.register(raad.actor(), RegisterSignal.bsn(child)).matches()).isEmpty();
		Pro newContactPerson = data.professional(OrganisationType.LOCAL_TEAM);
		var later = TestFamilies.household(households, newContactPerson, parent, child);
		assertThat(notificationKeys(ggz)).contains("signal.notification.match.FAMILY");
		assertThat(notificationKeys(raad)).contains("signal.notification.match.FAMILY");
		var invitations = notifications.forProfessional(newContactPerson.id(), new PageOf.Request(0, 20))
			.items()
			.stream()
			.filter(n -> n.messageKey().equals("signal.notification.contactPerson"))
			.map(Notifications.Notification::link)
			.toList();
		assertThat(invitations).containsExactlyInAnyOrder(
				"/households/" + later.id() + "/network/involvements/new?professionalId=" + ggz.id(),
				"/households/" + later.id() + "/network/involvements/new?professionalId=" + raad.id());
	}

	@Test
	void aChildAddedToTheParentsHouseholdLaterAnnouncesTheFamilyMatchOnce() {
		String parent = TestFamilies.bsn();
		String child = TestFamilies.bsn();
		Pro localTeam = data.professional(OrganisationType.LOCAL_TEAM);
		String familyName = "Later" + TestData.unique();
		var household = households.register(localTeam.actor(), new nl.kernteam.household.RegisterHousehold(null, null,
				List.of(new nl.kernteam.household.MemberInput(null, "Sanne", familyName,
						java.time.LocalDate.of(1988, 3, 14), nl.kernteam.household.MemberRole.PARENT, parent, false)),
				null, null));
		signals.register(ggz.actor(), RegisterSignal.bsn(parent));
		signals.register(raad.actor(), RegisterSignal.bsn(child));
		assertThat(notificationKeys(ggz)).doesNotContain("signal.notification.match.FAMILY");

		var stored = householdQueries.details(localTeam.actor(), household);
		var sanne = stored.members().get(0);
		var update = new nl.kernteam.household.UpdateHousehold(stored.name(), List.of(
				new nl.kernteam.household.MemberInput(sanne.id(), "Sanne", familyName, sanne.birthDate(),
						nl.kernteam.household.MemberRole.PARENT, parent, false),
				new nl.kernteam.household.MemberInput(null, "Daan", familyName, java.time.LocalDate.of(2014, 6, 2),
						nl.kernteam.household.MemberRole.CHILD, child, false)),
				stored.version());
		households.update(localTeam.actor(), household, update);
		assertThat(notificationKeys(ggz)).containsOnlyOnce("signal.notification.match.FAMILY");
		assertThat(notificationKeys(raad)).contains("signal.notification.match.FAMILY");
		assertThat(notificationKeys(localTeam)).contains("signal.notification.contactPerson");

		// saving the household again without new members tells nobody again
		var again = householdQueries.details(localTeam.actor(), household);
		households.update(localTeam.actor(), household,
				new nl.kernteam.household.UpdateHousehold(again.name() + " ",
						again.members()
							.stream()
							.map(m -> new nl.kernteam.household.MemberInput(m.id(), m.givenName(), m.familyName(),
									m.birthDate(), m.role(), m.givenName().equals("Sanne") ? parent : child, false))
							.toList(),
						again.version()));
		assertThat(notificationKeys(ggz)).containsOnlyOnce("signal.notification.match.FAMILY");
	}

	List<String> notificationKeys(Pro pro) {
		return notifications.forProfessional(pro.id(), new PageOf.Request(0, 20))
			.items()
			.stream()
			.map(Notifications.Notification::messageKey)
			.toList();
	}

	static UUID id(String value) {
		return UUID.fromString(value);
	}

	@Test
	void parentsWhoLiveApartAreAFamilyMatchThroughTheChildTheyShare() {
		// the father lives elsewhere with the same child part of the week; his GGZ and
		// the mother's Raad find each other
		String fatherBsn = TestFamilies.bsn();
		Pro fathersTeam = data.professional(OrganisationType.LOCAL_TEAM);
		households.register(fathersTeam.actor(), new nl.kernteam.household.RegisterHousehold(null, null, List.of(
				new nl.kernteam.household.MemberInput(null, "Rob", family.familyName(),
						java.time.LocalDate.of(1984, 7, 7), nl.kernteam.household.MemberRole.PARENT, fatherBsn, false),
				new nl.kernteam.household.MemberInput(null, "Daan", family.familyName(),
						java.time.LocalDate.of(2014, 6, 2), nl.kernteam.household.MemberRole.CHILD, childBsn, false)),
				null, null));

		signals.register(ggz.actor(), RegisterSignal.bsn(fatherBsn));
		var registered = signals.register(raad.actor(), RegisterSignal.bsn(parentBsn));

		assertThat(registered.matches()).extracting(SignalMatch::kind, SignalMatch::organisationName)
			.containsExactly(tuple(MatchKind.FAMILY, ggz.summary().organisationName()));
	}

	@Test
	void aGrandmotherInALinkedHouseholdIsAFamilyMatch() {
		String grandmotherBsn = TestFamilies.bsn();
		var grandmother = households.register(contactPerson.actor(),
				new nl.kernteam.household.RegisterHousehold(null, null,
						List.of(new nl.kernteam.household.MemberInput(null, "Truus", family.familyName(),
								java.time.LocalDate.of(1955, 6, 6), nl.kernteam.household.MemberRole.PARENT,
								grandmotherBsn, false)),
						null, null));
		signals.register(ggz.actor(), RegisterSignal.bsn(grandmotherBsn));
		assertThat(signals.register(raad.actor(), RegisterSignal.bsn(childBsn)).matches()).isEmpty();

		familySystem.link(contactPerson.actor(), family.id(), new nl.kernteam.household.LinkHouseholds(null,
				grandmother.value(), nl.kernteam.household.LinkKind.GRANDPARENTS, "Oma vangt de kinderen op"));
		assertThat(queries.matches(raad.actor(), new PageOf.Request(0, 20)).items())
			.extracting(SignalMatch::kind, SignalMatch::organisationName)
			.containsExactly(tuple(MatchKind.FAMILY, ggz.summary().organisationName()));
	}

}
