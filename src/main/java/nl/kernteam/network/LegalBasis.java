package nl.kernteam.network;

/**
 * The legal basis on which something is shared with a partner. Consent is one basis, not
 * the only one, and it can be withdrawn (the share is then revoked).
 */
public enum LegalBasis {

	/**
	 * The family members named consented (see {@link ConsentRule} for who consents for a
	 * child).
	 */
	CONSENT,
	/** A duty or right in law, such as the reporting right of the Jeugdwet or the Wmo. */
	LEGAL_DUTY,
	/** To protect someone's life or health when consent cannot be asked in time. */
	VITAL_INTEREST,
	/** A judge ordered it. */
	COURT_ORDER

}
