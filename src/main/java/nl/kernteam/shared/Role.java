package nl.kernteam.shared;

/**
 * What a professional may do beyond their involvement with households.
 * {@code POLICY_ADVISER}: a municipality's or the region's policy adviser, who reads the
 * region's aggregated measures (learning) and no family's data.
 */
public enum Role {

	PROFESSIONAL, BEHAVIOURAL_SCIENTIST, TEAM_LEAD, PRIVACY_OFFICER, FUNCTIONAL_ADMIN, POLICY_ADVISER

}
