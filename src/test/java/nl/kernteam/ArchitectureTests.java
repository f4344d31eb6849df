package nl.kernteam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules that keep one way of doing each thing (issue 10). Each rule names its
 * exceptions here, with the reason, so that a new one is a visible decision.
 */
@AnalyzeClasses(packagesOf = KernteamApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/**
	 * The one place where the system's time is read; everything else asks the
	 * {@code Clock} bean.
	 */
	private static final String CLOCK_CONFIGURATION = "nl.kernteam.shared.ClockConfiguration";

	/**
	 * Classes that may use JDBC although they are no {@code *Repository} or
	 * {@code *Queries}, each for a reason: the database set-up runs before any module
	 * exists, and the demo generators bypass the modules' Java APIs on purpose, for speed
	 * (docs/ARCHITECTURE.md, "Demo and benchmark data").
	 */
	private static final Set<String> JDBC_OUTSIDE_REPOSITORIES = Set.of(
			"nl.kernteam.shared.database.EmbeddedDatabaseConfiguration", "nl.kernteam.demo.DemoDataLoader",
			"nl.kernteam.demo.FamilySystemDemo", "nl.kernteam.demo.RegionGenerator", "nl.kernteam.demo.RegionRows",
			"nl.kernteam.assessment.AssessmentDemoData", "nl.kernteam.signal.SignalDemoData",
			"nl.kernteam.safetyteam.SafetyTeamDemoData",
			// a transaction-scoped advisory lock, no table: nothing for a repository to
			// own
			"nl.kernteam.shared.Submissions",
			// hands ShedLock the JdbcTemplate for its lock table; the SQL is ShedLock's
			"nl.kernteam.shared.database.ScheduledJobLocks",
			// send the reads of the modules' *Queries and *Repository classes together,
			// in one round trip; the SQL is theirs
			"nl.kernteam.shared.ReadBatch", "nl.kernteam.shared.ReadBatches");

	/**
	 * Known use of the request outside the web layer: none (a refusal carries what its
	 * page needs).
	 */
	private static final Set<String> REQUEST_CONTEXT_OUTSIDE_WEB = Set.of();

	@ArchTest
	static final ArchRule jdbcOnlyInRepositoriesAndQueries = noClasses()
		.that(are("neither a *Repository nor a *Queries class nor an exception named in the test",
				type -> !isSqlHome(outermost(type)) && !JDBC_OUTSIDE_REPOSITORIES.contains(outermost(type).getName())))
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.jdbc.core.JdbcOperations")
		.orShould()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
		.because("SQL lives in a module's package-private *Repository and *Queries classes (STYLE.md, Data)");

	@ArchTest
	static final ArchRule timeOnlyFromTheClock = noClasses().that()
		.doNotHaveFullyQualifiedName(CLOCK_CONFIGURATION)
		.should()
		.callMethodWhere(readsTheSystemClock())
		.because("time comes from the one Clock bean (shared.ClockConfiguration), so that tests can move it");

	@ArchTest
	static final ArchRule oneTimeZone = noClasses().that()
		.doNotHaveFullyQualifiedName("nl.kernteam.shared.AmsterdamTime")
		.should()
		.callMethod(java.time.ZoneId.class, "of", String.class)
		.because("days are counted in one zone, named once in shared.AmsterdamTime");

	@ArchTest
	static final ArchRule requestOnlyInTheWebLayer = noClasses()
		.that(are("neither controllers, advice, filters, interceptors nor web configuration",
				type -> !isWeb(outermost(type)) && !REQUEST_CONTEXT_OUTSIDE_WEB.contains(outermost(type).getName())))
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.web.context.request.RequestContextHolder")
		.because("services get what they need of the request as arguments");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith("org.springframework.stereotype.Controller")
		.or()
		.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
		.should()
		.notBePublic()
		.because("a module's controllers are internal (STYLE.md, Layout)");

	private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
		return DescribedPredicate.describe("reads the system clock instead of the Clock bean", call -> {
			var target = call.getTarget();
			String owner = target.getOwner().getName();
			String name = target.getName();
			if (owner.equals("java.lang.System")) {
				return name.equals("currentTimeMillis");
			}
			if (owner.equals("java.time.Clock")) {
				return name.startsWith("system");
			}
			return owner.startsWith("java.time.") && name.equals("now")
					&& target.getRawParameterTypes()
						.stream()
						.noneMatch(type -> type.isEquivalentTo(java.time.Clock.class));
		});
	}

	private static boolean isSqlHome(JavaClass type) {
		return type.getSimpleName().endsWith("Repository") || type.getSimpleName().endsWith("Queries");
	}

	private static boolean isWeb(JavaClass type) {
		// shared.web is the web layer's own toolbox (Forms, problems, guards): nothing
		// there is a service
		return type.getPackageName().equals("nl.kernteam.shared.web")
				|| type.isAnnotatedWith("org.springframework.stereotype.Controller")
				|| type.isAnnotatedWith("org.springframework.web.bind.annotation.RestController")
				|| type.isAnnotatedWith("org.springframework.web.bind.annotation.ControllerAdvice")
				|| type.isAnnotatedWith("org.springframework.web.bind.annotation.RestControllerAdvice")
				|| type.isAssignableTo("jakarta.servlet.Filter")
				|| type.isAssignableTo("org.springframework.web.servlet.HandlerInterceptor")
				|| type.isAssignableTo("org.springframework.web.servlet.config.annotation.WebMvcConfigurer");
	}

	/** Nested classes and lambdas count as their top-level class. */
	private static JavaClass outermost(JavaClass type) {
		var current = type;
		while (current.getEnclosingClass().isPresent()) {
			current = current.getEnclosingClass().get();
		}
		return current;
	}

	private static DescribedPredicate<JavaClass> are(String description, java.util.function.Predicate<JavaClass> test) {
		return DescribedPredicate.describe(description, test);
	}

}
