/**
 * The regional safety team brought in without handing over. Expertise requests: the
 * contact person or director asks an organisation a question with an urgency and a time
 * box; its professionals see it in their duty queue and, until one accepts, not the
 * household; the accepted professional joins the core team (network's
 * {@code InvolvementsOnRequest}) until the time box ends, with a reminder before. Reports
 * and advice requests to Veilig Thuis with their statutory clocks
 * ({@link nl.kernteam.safetyteam.ReportManagement},
 * {@link nl.kernteam.safetyteam.WorkingDays}), the deadlines of a professional's
 * households and organisation, and the meldcode trail. The legal track: court orders per
 * child with their warnings ({@link nl.kernteam.safetyteam.CourtOrderManagement}),
 * requests to the Raad and placement decisions
 * ({@link nl.kernteam.safetyteam.LegalStepManagement}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "demo", "household", "identity",
		"network", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.safetyteam;
