/**
 * Organisations, professionals, roles and login. {@link nl.kernteam.identity.IdentityManagement} makes every
 * change; {@link nl.kernteam.identity.Professionals} answers questions about them.
 */
package nl.kernteam.identity;
