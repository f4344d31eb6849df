/**
 * In-app notifications to professionals: {@link nl.kernteam.notification.Notifications#notify} from any
 * module, inside the transaction of the change it tells about.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "shared", "shared :: web" })
package nl.kernteam.notification;
