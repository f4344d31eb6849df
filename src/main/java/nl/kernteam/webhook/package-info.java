/**
 * Webhooks: other systems of the municipality subscribe to what happens in Kernteam
 * (household registered, involvement started or ended, expertise requested or accepted,
 * household closed) and receive ids and kinds, never content, signed with HMAC-SHA256 and
 * retried with back-off. The module listens to the other modules' events through Spring
 * Modulith's event publication registry on PostgreSQL (an outbox: an event is stored with
 * the change that caused it and handed on after the commit, again after a restart if that
 * failed); each event becomes one delivery per subscription, which a scheduled sender
 * posts. Failures are visible to the functional administrator.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "household", "identity", "network",
		"safetyteam", "shared", "shared :: validation", "shared :: web" })
package nl.kernteam.webhook;
