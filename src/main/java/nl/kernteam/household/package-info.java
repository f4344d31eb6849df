/**
 * Households and their members: the unit of work. {@link nl.kernteam.household.HouseholdAccess} is the gate
 * every module passes before it reads or writes a household's data.
 */
package nl.kernteam.household;
