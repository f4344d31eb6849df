/**
 * Households and their members: the unit of work.
 * {@link nl.kernteam.household.HouseholdAccess} is the gate every module passes before it
 * reads or writes a household's data.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "audit", "identity", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.household;
