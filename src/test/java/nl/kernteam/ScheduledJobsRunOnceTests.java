package nl.kernteam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Several nodes run the same jobs on the same schedule: a job without a lock would run on
 * each of them (issue 18). A new {@code @Scheduled} method without {@code @SchedulerLock}
 * fails the build.
 */
@AnalyzeClasses(packagesOf = KernteamApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsRunOnceTests {

	@ArchTest
	static final ArchRule everyScheduledJobTakesTheClusterLock = methods().that()
		.areAnnotatedWith(Scheduled.class)
		.should()
		.beAnnotatedWith(SchedulerLock.class)
		.because("a scheduled job runs once across nodes (shared.database.ScheduledJobLocks)");

}
