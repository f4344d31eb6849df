package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Tomcat believes X-Forwarded-For (the client address the login throttle counts) only
 * from the proxies this pattern names. Anyone on an intranet could otherwise name a new
 * address with each guess.
 */
class TrustedProxiesTests {

	@Test
	void onlyAProxyOnThisMachineIsBelieved() throws Exception {
		var properties = new Properties();
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
			properties.load(in);
		}
		var trusted = Pattern.compile(properties.getProperty("server.tomcat.remoteip.internal-proxies"));
		assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
		assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
		for (String other : new String[] { "10.0.0.7", "192.168.1.20", "172.16.4.1", "100.64.0.1", "fd00:0:0:0:0:0:0:1",
				"8.8.8.8" }) {
			assertThat(trusted.matcher(other).matches()).as(other).isFalse();
		}
	}

}
