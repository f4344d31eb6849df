package nl.kernteam.safetyteam;

import nl.kernteam.household.HouseholdAccess;
import nl.kernteam.household.HouseholdId;
import nl.kernteam.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads a household's requests to the Raad and placement decisions, logged. */
@Component
@Transactional
public class LegalStepQueries {

	private final LegalStepRepository steps;

	private final HouseholdAccess access;

	LegalStepQueries(LegalStepRepository steps, HouseholdAccess access) {
		this.steps = steps;
		this.access = access;
	}

	public LegalSteps ofHousehold(Actor actor, HouseholdId household) {
		access.read(actor, household, "legal-steps");
		return read(household);
	}

	/** Without a check: for a caller that has checked and logged the read. */
	LegalSteps read(HouseholdId household) {
		return new LegalSteps(steps.requests(household.value()), steps.decisions(household.value()));
	}

}
