/**
 * Learning (issue 16): the measures a team lead reads for a team over a period, and case
 * reviews of one household's history. It reads other modules only through their published
 * views, and a household's history only through the access decision's review rule.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "demo", "household", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.learning;
