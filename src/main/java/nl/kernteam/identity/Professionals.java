package nl.kernteam.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.kernteam.shared.OrganisationType;
import nl.kernteam.shared.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers questions about professionals and organisations. Reads only; no family data
 * here.
 */
@Service
@Transactional(readOnly = true)
public class Professionals {

	private final ProfessionalRepository professionals;

	private final OrganisationRepository organisations;

	Professionals(ProfessionalRepository professionals, OrganisationRepository organisations) {
		this.professionals = professionals;
		this.organisations = organisations;
	}

	public Optional<ProfessionalSummary> find(UUID id) {
		return professionals.find(id);
	}

	public PageOf<ProfessionalSummary> search(String text, OrganisationType type, PageOf.Request page) {
		return professionals.search(text == null ? "" : text.trim(), type, true, page);
	}

	/**
	 * Whom a professional may bring into a family's network, by name or organisation:
	 * neither themself nor an account that only administers or checks privacy.
	 */
	public PageOf<ProfessionalSummary> involvable(String text, UUID chooser, PageOf.Request page) {
		return professionals.involvable(text == null ? "" : text.trim(), chooser, page);
	}

	public PageOf<ProfessionalSummary> searchIncludingInactive(String text, PageOf.Request page) {
		return professionals.search(text == null ? "" : text.trim(), null, false, page);
	}

	/** Several professionals at once, by id, in one query; unknown ids are left out. */
	public java.util.Map<UUID, ProfessionalSummary> findAll(java.util.Collection<UUID> ids) {
		return professionals.findAll(ids);
	}

	/**
	 * The active professionals of one organisation, by name (a team: tens, not
	 * thousands).
	 */
	public List<ProfessionalSummary> colleagues(UUID organisationId) {
		return professionals.ofOrganisation(organisationId);
	}

	/**
	 * The active privacy officers of the region: told when someone gives themselves
	 * access to a household.
	 */
	public List<ProfessionalId> privacyOfficers() {
		return professionals.privacyOfficers().stream().map(ProfessionalId::new).toList();
	}

	public int version(UUID id) {
		return professionals.version(id);
	}

	public List<OrganisationSummary> organisations() {
		return organisations.all();
	}

	public Optional<OrganisationSummary> organisation(UUID id) {
		return organisations.find(id);
	}

}
