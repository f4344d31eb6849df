package nl.kernteam.shared;

/** What a professional may do beyond their involvement with households. */
public enum Role {

	PROFESSIONAL, BEHAVIOURAL_SCIENTIST, TEAM_LEAD, PRIVACY_OFFICER, FUNCTIONAL_ADMIN

}
