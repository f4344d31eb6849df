package nl.kernteam.assessment;

/**
 * One field that differs between two versions of an assessment.
 *
 * @param part the part of the assessment
 * @param field what changed: {@code added}, {@code removed}, or a field name such as
 * {@code text}, {@code score}
 * @param subject which element, in words (a participant's name, the start of an item's
 * text); may be {@code null}
 * @param before the old value in words; {@code null} when added
 * @param after the new value in words; {@code null} when removed
 */
public record Change(Part part, String field, String subject, String before, String after) {
}
