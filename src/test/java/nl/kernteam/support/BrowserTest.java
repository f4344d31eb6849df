package nl.kernteam.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Starts Kernteam on a random port and a throwaway embedded PostgreSQL, for tests in a
 * real Chromium.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kernteam.embedded.ephemeral=true", "kernteam.demo-data=false",
				"kernteam.secret=browser-tests-secret-of-at-least-32-characters",
				"kernteam.admin.password=" + TestData.ADMIN_PASSWORD, "kernteam.data-dir=target/test-data",
				"kernteam.password.bcrypt-strength=4" })
@Import({ TestData.class, EveryPage.class })
public @interface BrowserTest {

}
