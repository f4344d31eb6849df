/**
 * The regional safety team: reports and advice requests to Veilig Thuis with their
 * statutory clocks ({@link nl.kernteam.safetyteam.ReportManagement},
 * {@link nl.kernteam.safetyteam.WorkingDays}), the deadlines of a professional's
 * households and organisation, and the meldcode trail on a household. Every read and
 * write goes through {@code HouseholdAccess}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "household", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.safetyteam;
