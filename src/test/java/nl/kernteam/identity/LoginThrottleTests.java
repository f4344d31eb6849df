package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class LoginThrottleTests {

	@Test
	void holdsAnAddressBackAfterItsFailuresUntilTheBucketRefills() {
		var throttle = new LoginThrottle(3, Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.waitFor("203.0.113.5")).isZero();
			throttle.failed(failureFrom("203.0.113.5"));
		}
		assertThat(throttle.waitFor("203.0.113.5")).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.waitFor("203.0.113.6")).isZero();
	}

	@Test
	void countsAnIpv6ClientByItsNetwork() {
		assertThat(LoginThrottle.key("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.key("2001:db8:1:2:bbbb::2"));
		assertThat(LoginThrottle.key("2001:db8:1:2::1")).isNotEqualTo(LoginThrottle.key("2001:db8:1:3::1"));
		assertThat(LoginThrottle.key("203.0.113.5")).isEqualTo("203.0.113.5");
		var throttle = new LoginThrottle(1, Duration.ofMinutes(1));
		throttle.failed(failureFrom("2001:db8:1:2::1"));
		assertThat(throttle.waitFor("2001:db8:1:2::ffff")).isPositive();
	}

	private static AuthenticationFailureBadCredentialsEvent failureFrom(String address) {
		var request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		var token = UsernamePasswordAuthenticationToken.unauthenticated("someone", "guess");
		token.setDetails(new WebAuthenticationDetails(request));
		return new AuthenticationFailureBadCredentialsEvent(token, new BadCredentialsException("wrong"));
	}

}
