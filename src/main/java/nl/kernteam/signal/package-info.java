/**
 * Signals and matches between organisations (the Verwijsindex idea, inside Kernteam). A
 * professional registers that their organisation is involved with a person
 * ({@link nl.kernteam.signal.SignalManagement}); when another organisation holds an
 * active signal on the same person or on a member of the same Kernteam household, both
 * professionals get each other's contact details
 * ({@link nl.kernteam.signal.SignalQueries}). Only the fact is shared, never a reason or
 * content.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "demo", "household", "identity",
		"network", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.signal;
