package nl.kernteam.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The demo region's accounts share a published password, so they may log in only where
 * nobody else can reach Kernteam: when it listens on the loopback address alone
 * ({@code server.address=127.0.0.1}, which is the default while demo data is on, see the
 * demo module), or when {@code kernteam.demo-mode=true} asks for a demo on the network
 * explicitly. Which accounts are demo accounts is marked in the database
 * ({@code professional.demo}), never guessed from a name. Also tells the layout whether
 * to show the demo banner.
 */
@Component
class DemoLogins {

	private static final Logger log = LoggerFactory.getLogger(DemoLogins.class);

	private final ProfessionalRepository professionals;

	private final boolean allowed;

	private final String serverAddress;

	private volatile Boolean demoAccountsExist;

	DemoLogins(ProfessionalRepository professionals, Environment environment) {
		this.professionals = professionals;
		this.serverAddress = environment.getProperty("server.address", "");
		this.allowed = allowed(environment.getProperty("kernteam.demo-mode", Boolean.class, false), serverAddress);
	}

	/**
	 * Demo logins are safe on the loopback address only, unless demo mode is asked for.
	 */
	static boolean allowed(boolean demoMode, String serverAddress) {
		if (demoMode) {
			return true;
		}
		if (!StringUtils.hasText(serverAddress)) {
			return false; // no address: Kernteam listens on every interface
		}
		try {
			return InetAddress.getByName(serverAddress.trim()).isLoopbackAddress();
		}
		catch (UnknownHostException e) {
			return false;
		}
	}

	boolean allowed() {
		return allowed;
	}

	/**
	 * Whether the database holds active demo accounts: fixed once Kernteam is ready (demo
	 * data loads before).
	 */
	boolean demoAccountsExist() {
		Boolean known = demoAccountsExist;
		return known != null ? known : professionals.demoAccountsExist();
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		demoAccountsExist = professionals.demoAccountsExist();
		if (!demoAccountsExist) {
			return;
		}
		if (allowed) {
			log.warn(
					"Demo mode: the demo accounts (published password) can log in; Kernteam listens on {}. "
							+ "Never put real families' data here.",
					StringUtils.hasText(serverAddress) ? serverAddress : "every address");
		}
		else {
			log.warn(
					"The database holds demo accounts, but they cannot log in: Kernteam listens on {}, not on the loopback "
							+ "address alone. Start with --server.address=127.0.0.1, or with --kernteam.demo-mode=true for a demo on "
							+ "the network.",
					StringUtils.hasText(serverAddress) ? serverAddress : "every address");
		}
	}

}
