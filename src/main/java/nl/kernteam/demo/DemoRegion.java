package nl.kernteam.demo;

import java.util.List;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;

/**
 * The fictional region "Dalenburg": its organisations and the named demo accounts listed
 * in the README. All names are invented.
 */
final class DemoRegion {

	static final String DEMO_PASSWORD = "kernteam-demo";

	record Org(String key, String name, OrganisationType type, String phone, String email) {
	}

	record Account(String username, String name, String orgKey, List<Role> roles) {
	}

	static final List<Org> ORGANISATIONS = List.of(
			new Org("noord", "Wijkteam Dalenburg-Noord", OrganisationType.LOCAL_TEAM, "0318 200 100",
					"noord@wijkteam-dalenburg.example"),
			new Org("zuid", "Wijkteam Dalenburg-Zuid", OrganisationType.LOCAL_TEAM, "0318 200 200",
					"zuid@wijkteam-dalenburg.example"),
			new Org("haven", "Sociaal Team Havendorp", OrganisationType.LOCAL_TEAM, "0318 300 300",
					"info@sociaalteam-havendorp.example"),
			new Org("vt", "Veilig Thuis Regio Dalenburg", OrganisationType.VEILIG_THUIS, "0800 2000",
					"professionals@veiligthuis-dalenburg.example"),
			new Org("rvdk", "Raad voor de Kinderbescherming, locatie Dalenburg",
					OrganisationType.CHILD_PROTECTION_BOARD, "088 000 1100", "dalenburg@rvdk.example"),
			new Org("gi", "Jeugdbescherming Regio Dalenburg", OrganisationType.YOUTH_PROTECTION_AGENCY, "0318 400 400",
					"info@jb-dalenburg.example"),
			new Org("ggz", "GGZ Dalenburg volwassenen", OrganisationType.MENTAL_HEALTH, "0318 500 500",
					"verwijzers@ggz-dalenburg.example"),
			new Org("politie", "Politie basisteam Dalenburg", OrganisationType.POLICE, "0900 8844",
					"basisteam.dalenburg@politie.example"),
			new Org("gemeente", "Gemeente Dalenburg", OrganisationType.OTHER, "14 0318", "privacy@dalenburg.example"));

	static final List<Account> ACCOUNTS = List.of(
			new Account("anouk.dejong", "Anouk de Jong", "noord", List.of(Role.PROFESSIONAL)),
			new Account("mark.visser", "Mark Visser", "noord", List.of(Role.PROFESSIONAL)),
			new Account("sanne.bakker", "Sanne Bakker", "noord", List.of(Role.PROFESSIONAL, Role.TEAM_LEAD)),
			new Account("linda.mulder", "Linda Mulder", "noord", List.of(Role.PROFESSIONAL)),
			new Account("joost.hendriks", "Joost Hendriks", "noord",
					List.of(Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST)),
			new Account("esther.vandijk", "Esther van Dijk", "zuid", List.of(Role.PROFESSIONAL)),
			new Account("hassan.benali", "Hassan Benali", "zuid", List.of(Role.PROFESSIONAL)),
			new Account("karin.smit", "Karin Smit", "zuid", List.of(Role.PROFESSIONAL, Role.TEAM_LEAD)),
			new Account("wouter.kok", "Wouter Kok", "zuid", List.of(Role.PROFESSIONAL)),
			new Account("priya.ramdin", "Priya Ramdin", "zuid", List.of(Role.PROFESSIONAL)),
			new Account("ilse.dekker", "Ilse Dekker", "haven", List.of(Role.PROFESSIONAL)),
			new Account("niels.brouwer", "Niels Brouwer", "haven", List.of(Role.PROFESSIONAL)),
			new Account("merel.dewit", "Merel de Wit", "haven", List.of(Role.PROFESSIONAL, Role.TEAM_LEAD)),
			new Account("fatima.elamrani", "Fatima El Amrani", "vt", List.of(Role.PROFESSIONAL)),
			new Account("bas.vanleeuwen", "Bas van Leeuwen", "vt", List.of(Role.PROFESSIONAL)),
			new Account("judith.prins", "Judith Prins", "vt", List.of(Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST)),
			new Account("rob.vermeulen", "Rob Vermeulen", "vt", List.of(Role.PROFESSIONAL, Role.TEAM_LEAD)),
			new Account("marieke.bos", "Marieke Bos", "rvdk", List.of(Role.PROFESSIONAL)),
			new Account("stefan.kuiper", "Stefan Kuiper", "rvdk", List.of(Role.PROFESSIONAL)),
			new Account("eline.postma", "Eline Postma", "rvdk", List.of(Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST)),
			new Account("dennis.bulut", "Dennis Bulut", "gi", List.of(Role.PROFESSIONAL)),
			new Account("saskia.groen", "Saskia Groen", "gi", List.of(Role.PROFESSIONAL)),
			new Account("maarten.evers", "Maarten Evers", "gi", List.of(Role.PROFESSIONAL, Role.BEHAVIOURAL_SCIENTIST)),
			new Account("naima.tahiri", "Naima Tahiri", "ggz", List.of(Role.PROFESSIONAL)),
			new Account("erik.wiersma", "Erik Wiersma", "ggz", List.of(Role.PROFESSIONAL)),
			new Account("chantal.maas", "Chantal Maas", "ggz", List.of(Role.PROFESSIONAL)),
			new Account("roy.pinas", "Roy Pinas", "politie", List.of(Role.PROFESSIONAL)),
			new Account("petra.schouten", "Petra Schouten", "politie", List.of(Role.PROFESSIONAL)),
			new Account("pieter.dijkstra", "Pieter Dijkstra", "gemeente", List.of(Role.PRIVACY_OFFICER)),
			new Account("yvonne.meijer", "Yvonne Meijer", "gemeente", List.of(Role.POLICY_ADVISER)),
			new Account("beheer.dalenburg", "Frank Claassen", "gemeente", List.of(Role.FUNCTIONAL_ADMIN)));

	private DemoRegion() {
	}

}
