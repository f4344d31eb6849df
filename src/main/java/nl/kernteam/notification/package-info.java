/**
 * In-app notifications to professionals. This module listens to the events of the modules
 * whose changes it tells about (network, signal, portal) and writes each notification
 * inside the transaction of that change; those modules do not know it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "audit", "household", "identity", "network",
		"portal", "safetyteam", "signal", "shared", "shared :: web" })
package nl.kernteam.notification;
