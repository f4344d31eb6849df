package nl.kernteam.shared.database;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled jobs run once across nodes: every {@code @Scheduled} method also carries
 * ShedLock's {@code @SchedulerLock} (held by {@code ScheduledJobsRunOnceTests}), and a
 * node runs the job only while it holds the job's row in the table {@code shedlock}. The
 * lock's times are the database's, so that the nodes' clocks need not agree.
 * {@code lockAtLeastFor} keeps a node whose clock is a little behind from running a job
 * again that another node has just finished; {@code lockAtMostFor} frees the lock of a
 * node that died while it held it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ScheduledJobLocks {

	@Bean
	LockProvider lockProvider(JdbcTemplate jdbcTemplate) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbcTemplate)
			.withTableName("shedlock")
			.usingDbTime()
			.build());
	}

}
