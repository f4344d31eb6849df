/**
 * The family's own Kernteam: what a family member sees of their household and adds to it,
 * as themselves. Family accounts are invited by the contact person
 * ({@link nl.kernteam.portal.FamilyAccountManagement}) and kept by identity; a family
 * member reaches only {@code /family/**} and {@code /api/v1/family/**}, through
 * {@code household.FamilyAccess}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "assessment", "audit", "household", "identity",
		"network", "plan", "signal", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.portal;
