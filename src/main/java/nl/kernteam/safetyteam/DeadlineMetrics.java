package nl.kernteam.safetyteam;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import nl.kernteam.shared.AmsterdamTime;
import org.springframework.stereotype.Component;

/**
 * The region's overdue statutory clocks as a metric (Prometheus:
 * {@code kernteam_deadlines_overdue}), so that operations can alert on them: one count
 * over the running clocks' partial indexes, per scrape. Counts only, no household.
 */
@Component
class DeadlineMetrics {

	DeadlineMetrics(ReportRepository reports, Clock clock, MeterRegistry meters) {
		Gauge.builder("kernteam.deadlines.overdue", () -> reports.countOverdue(AmsterdamTime.today(clock)))
			.description("Running statutory clocks past their due date")
			.register(meters);
	}

}
