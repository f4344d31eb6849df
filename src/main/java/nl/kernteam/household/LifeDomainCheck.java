package nl.kernteam.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded life-domain check, as pages and the API show it. */
public record LifeDomainCheck(UUID id, UUID memberId, String memberName, LocalDate date,
		List<RecordLifeDomains.Score> scores) {
}
