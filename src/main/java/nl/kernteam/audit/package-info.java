/**
 * The access log (NEN 7513 style): every read and write of family data, append-only,
 * written in the same transaction as the change. See {@link nl.kernteam.audit.AccessLog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: web" })
package nl.kernteam.audit;
