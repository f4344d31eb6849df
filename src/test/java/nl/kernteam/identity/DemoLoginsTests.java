package nl.kernteam.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoLoginsTests {

	@Test
	void demoAccountsLogInOnlyOnTheLoopbackAddress() {
		assertThat(DemoLogins.allowed(false, "127.0.0.1")).isTrue();
		assertThat(DemoLogins.allowed(false, "::1")).isTrue();
		assertThat(DemoLogins.allowed(false, "localhost")).isTrue();
		assertThat(DemoLogins.allowed(false, null)).isFalse();
		assertThat(DemoLogins.allowed(false, "")).isFalse();
		assertThat(DemoLogins.allowed(false, "0.0.0.0")).isFalse();
		assertThat(DemoLogins.allowed(false, "::")).isFalse();
		assertThat(DemoLogins.allowed(false, "192.168.1.20")).isFalse();
	}

	@Test
	void demoModeAllowsThemAnywhere() {
		assertThat(DemoLogins.allowed(true, null)).isTrue();
		assertThat(DemoLogins.allowed(true, "0.0.0.0")).isTrue();
	}

}
