package nl.kernteam.household;

import java.time.Instant;
import java.util.UUID;

/**
 * A household's own row, read once by the page's access decision (issue 19) and used by
 * the page's details without reading it again.
 */
record HouseholdRow(UUID id, String name, int version, Instant createdAt, Instant updatedAt) {
}
