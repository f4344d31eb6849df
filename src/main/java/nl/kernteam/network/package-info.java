/**
 * The network around a household: involvements, the one contact person, the director,
 * handovers and emergency access. It decides who may see a household
 * ({@code HouseholdAccessPolicy}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "household", "identity",
		"notification", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.network;
