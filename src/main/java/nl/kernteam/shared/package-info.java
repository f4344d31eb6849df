/**
 * What every module may use: who is acting ({@link nl.kernteam.shared.Actor}), the errors that the web layer
 * renders as 400/403/404/409, paging, and the personal-data cipher.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.kernteam.shared;
