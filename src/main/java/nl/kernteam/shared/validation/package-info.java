/**
 * Bean Validation constraints every module uses for what people type:
 * {@link nl.kernteam.shared.validation.PlainText},
 * {@link nl.kernteam.shared.validation.ReadableName} and
 * {@link nl.kernteam.shared.validation.PlausibleDate}. {@code InputLimitsTests} checks
 * that every text and date a request can carry is covered.
 */
@org.springframework.modulith.NamedInterface("validation")
package nl.kernteam.shared.validation;
