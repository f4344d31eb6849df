/**
 * What every module may use: who is acting ({@link nl.kernteam.shared.Actor}), the errors
 * that the web layer renders as 400/403/404/409, paging, and the personal-data cipher.
 * Other modules see this package and the named interfaces {@code shared :: web} and
 * {@code shared :: validation}, each declared in their {@code allowedDependencies}; the
 * embedded database ({@code shared.database}) and the secret ({@code shared.security})
 * are shared's own.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package nl.kernteam.shared;
