package nl.kernteam.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import org.springframework.stereotype.Component;

/**
 * Who may be a household's contact person in this region (one deployment is one region):
 * an active professional of an organisation whose type the region's setting
 * ({@link RegionSettings#contactPersonFrom()}) allows. Network enforces it where a
 * contact person is appointed or changed; the registration and handover pages offer only
 * those.
 */
@Component
public class ContactPersonRule {

	private final ContactPersonFrom from;

	private final Professionals professionals;

	ContactPersonRule(RegionSettings settings, Professionals professionals) {
		this.from = settings.contactPersonFrom();
		this.professionals = professionals;
	}

	/** A rule on its own, without a candidate search (for tests of the rule). */
	public static ContactPersonRule of(ContactPersonFrom from) {
		return new ContactPersonRule(new RegionSettings(from), null);
	}

	public ContactPersonFrom from() {
		return from;
	}

	public boolean allows(OrganisationType type) {
		return from.allows(type);
	}

	public boolean allows(ProfessionalSummary professional) {
		return professional.active() && from.allows(professional.organisationType());
	}

	/** The message key to show when someone else is named. */
	public String refusal() {
		return from.refusal();
	}

	/**
	 * The organisation types whose professionals may be contact person, local team first.
	 */
	public List<OrganisationType> types() {
		return Arrays.stream(OrganisationType.values()).filter(from::allows).toList();
	}

	/**
	 * Active professionals who may be contact person, searched by name (a page of each
	 * allowed organisation type, local team first).
	 */
	public List<ProfessionalSummary> candidates(String text) {
		var found = new ArrayList<ProfessionalSummary>();
		for (OrganisationType type : types()) {
			found.addAll(professionals.search(text, type, new PageOf.Request(0, PageOf.MAX_SIZE)).items());
		}
		return found;
	}

}
