/**
 * Organisations, professionals, roles and login.
 * {@link nl.kernteam.identity.IdentityManagement} makes every change;
 * {@link nl.kernteam.identity.Professionals} answers questions about them.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "demo", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.identity;
