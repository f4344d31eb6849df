package nl.kernteam.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes refusals in a transaction of their own ({@link AccessLog#recordRefusal}), so
 * that they stay when the refused request rolls its own back.
 */
@Component
class RefusalWriter {

	private final AccessLogRepository repository;

	RefusalWriter(AccessLogRepository repository) {
		this.repository = repository;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void write(List<Refusal> refusals) {
		for (Refusal refusal : refusals) {
			this.repository.insert(refusal.event(), refusal.at());
		}
	}

	/** A refusal and when it was made. */
	record Refusal(AccessEvent event, Instant at) {
	}

}
