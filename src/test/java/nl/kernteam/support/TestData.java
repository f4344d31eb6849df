package nl.kernteam.support;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import nl.kernteam.identity.ActivateFamilyAccount;
import nl.kernteam.identity.FamilyAccounts;
import nl.kernteam.portal.FamilyAccountManagement;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.household.HouseholdManagement;
import nl.kernteam.household.MemberInput;
import nl.kernteam.household.MemberRole;
import nl.kernteam.household.RegisterHousehold;
import nl.kernteam.identity.CreateOrganisation;
import nl.kernteam.identity.CreateProfessional;
import nl.kernteam.identity.IdentityManagement;
import nl.kernteam.identity.OrganisationSummary;
import nl.kernteam.identity.ProfessionalSummary;
import nl.kernteam.network.AddInformal;
import nl.kernteam.network.AddProfessional;
import nl.kernteam.network.InvolvementRole;
import nl.kernteam.network.NetworkManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import nl.kernteam.shared.Actor;
import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.Role;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Creates organisations, professionals and households with unique names, so tests do not
 * collide.
 */
public class TestData {

	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	public static final String PASSWORD = "a-long-test-password";

	private static final AtomicInteger counter = new AtomicInteger();

	private final IdentityManagement identity;

	private final HouseholdManagement households;

	private final NetworkManagement network;

	private final JdbcClient jdbc;

	private final FamilyAccountManagement familyAccounts;

	private final FamilyAccounts accounts;

	public TestData(IdentityManagement identity, HouseholdManagement households, NetworkManagement network,
			JdbcClient jdbc, FamilyAccountManagement familyAccounts, FamilyAccounts accounts) {
		this.identity = identity;
		this.households = households;
		this.network = network;
		this.jdbc = jdbc;
		this.familyAccounts = familyAccounts;
		this.accounts = accounts;
	}

	/**
	 * An activated family account for a member of 12 or older, invited by the household's
	 * contact person.
	 */
	public Fam familyMember(Pro contactPerson, HouseholdId household, UUID memberId) {
		var invitation = familyAccounts.invite(contactPerson.actor(), household, memberId);
		String username = "gezin" + unique();
		var account = accounts.activate(new ActivateFamilyAccount(invitation.activationCode(), username, PASSWORD));
		return new Fam(new FamilyMember(account.id(), household.value(), memberId, account.memberName()), username);
	}

	/** A family member in a test: their account and request post-processors. */
	public record Fam(FamilyMember member, String username) {

		/** Logged in on the family's pages (a session principal, as after form login). */
		public RequestPostProcessor session() {
			return SecurityMockMvcRequestPostProcessors.user(new TestFamilyPrincipal(member, username));
		}

		/** HTTP Basic on the family API, through the real authentication. */
		public RequestPostProcessor basic() {
			return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
		}
	}

	/** The family name the household was registered with. */
	public String householdName(HouseholdId household) {
		return jdbc.sql("select name from household where id = :id")
			.param("id", household.value())
			.query(String.class)
			.single()
			.substring("Gezin ".length());
	}

	/** Involves a professional with a household, done by its contact person. */
	public UUID involve(Pro contactPerson, HouseholdId household, Pro professional, String role) {
		return network.addProfessional(contactPerson.actor(), household, new AddProfessional(null, professional.id(),
				InvolvementRole.valueOf(role), "Denkt mee over veiligheid"));
	}

	public UUID informal(Pro contactPerson, HouseholdId household, String name, String relation) {
		return network.addInformal(contactPerson.actor(), household,
				new AddInformal(null, name, relation, "Past op de kinderen"));
	}

	public OrganisationSummary organisation(OrganisationType type) {
		String name = switch (type) {
			case LOCAL_TEAM -> "Wijkteam";
			case VEILIG_THUIS -> "Veilig Thuis";
			case CHILD_PROTECTION_BOARD -> "Raad voor de Kinderbescherming";
			case YOUTH_PROTECTION_AGENCY -> "Jeugdbescherming";
			case MENTAL_HEALTH -> "GGZ";
			case POLICE -> "Politie";
			default -> "Organisatie";
		};
		return identity.createOrganisation(new CreateOrganisation(name + " " + unique(), type, "010 123 4567", null));
	}

	public Pro professional(OrganisationType type, Role... roles) {
		return professional(organisation(type), roles);
	}

	public Pro professional(OrganisationSummary organisation, Role... roles) {
		String username = "user" + unique();
		var roleSet = roles.length == 0 ? Set.of(Role.PROFESSIONAL) : Set.of(roles);
		var summary = identity.createProfessional(new CreateProfessional(username, PASSWORD, "Test " + username,
				organisation.id(), roleSet, username + "@example.org", "06 1234 5678"));
		return new Pro(summary);
	}

	/**
	 * A household with a parent and two children, registered by the given local-team
	 * professional.
	 */
	public HouseholdId household(Pro registrant) {
		return households.register(registrant.actor(), new RegisterHousehold(null, null, familyOfThree(), null, null));
	}

	public static List<MemberInput> familyOfThree() {
		String family = "Familie" + unique();
		return List.of(
				new MemberInput(null, "Sanne", family, LocalDate.of(1988, 3, 14), MemberRole.PARENT, null, false),
				new MemberInput(null, "Daan", family, LocalDate.of(2014, 6, 2), MemberRole.CHILD, null, false),
				new MemberInput(null, "Evi", family, LocalDate.of(2017, 11, 23), MemberRole.CHILD, null, false));
	}

	/**
	 * The API body of a household with a parent (1988) and two children (2014, 2017) of
	 * this family name.
	 */
	public static String familyJson(String family) {
		return """
				{"members": [
				  {"givenName": "Sanne", "familyName": "%1$s", "birthDate": "1988-03-14", "role": "PARENT"},
				  {"givenName": "Daan", "familyName": "%1$s", "birthDate": "2014-06-02", "role": "CHILD"},
				  {"givenName": "Evi", "familyName": "%1$s", "birthDate": "2017-11-23", "role": "CHILD"}
				]}""".formatted(family);
	}

	public static int unique() {
		return counter.incrementAndGet() * 1000 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1000);
	}

	/**
	 * A professional in a test: their account, the actor they act as, and request
	 * post-processors.
	 */
	public record Pro(ProfessionalSummary summary) {

		public UUID id() {
			return summary.id();
		}

		public String username() {
			return summary.username();
		}

		public Actor actor() {
			return new Actor(summary.id(), summary.name(), summary.organisationId(), summary.organisationName(),
					summary.organisationType(), summary.roles());
		}

		/** Logged in on the pages (a session principal, as after form login). */
		public RequestPostProcessor session() {
			return SecurityMockMvcRequestPostProcessors.user(new TestPrincipal(actor(), username()));
		}

		/** HTTP Basic on the API, through the real authentication. */
		public RequestPostProcessor basic() {
			return SecurityMockMvcRequestPostProcessors.httpBasic(username(), PASSWORD);
		}
	}

}
