package nl.kernteam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * Starts Kernteam on a throwaway embedded PostgreSQL, with MockMvc. All integration tests
 * share these properties, so that they share one application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "kernteam.embedded.ephemeral=true", "kernteam.demo-data=false",
		"kernteam.secret=integration-tests-secret-of-at-least-32-characters",
		"kernteam.admin.password=" + TestData.ADMIN_PASSWORD, "kernteam.data-dir=target/test-data",
		"kernteam.password.bcrypt-strength=4" })
@AutoConfigureMockMvc
@Import({ TestData.class, StatementCounter.class, EveryPage.class })
public @interface IntegrationTest {

}
