package nl.kernteam.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Throttles failed logins per client address (form login and HTTP Basic alike), so that
 * one client can neither guess many passwords nor lock many accounts: after
 * {@code kernteam.login.failures-per-address} failures within
 * {@code kernteam.login.failures-per-address-period} an address may not try again until
 * its Bucket4j bucket refills. Every kind of failure counts (wrong password, unknown,
 * locked or inactive account). An IPv6 client counts by its /64 network, since one host
 * usually owns all of that. Buckets live in memory, at most {@link #MAX_ADDRESSES}.
 */
@Component
class LoginThrottle {

	static final int MAX_ADDRESSES = 100_000;

	private final int failures;

	private final Duration period;

	private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_ADDRESSES;
		}
	};

	@Autowired
	LoginThrottle(LoginSettings settings) {
		this(settings.failuresPerAddress(), settings.failuresPerAddressPeriod());
	}

	LoginThrottle(int failures, Duration period) {
		this.failures = failures;
		this.period = period;
	}

	/**
	 * @return how long the address must wait before it may try to log in again; zero when
	 * it may now
	 */
	Duration waitFor(String address) {
		Bucket bucket;
		synchronized (buckets) {
			bucket = buckets.get(key(address));
		}
		if (bucket == null || bucket.getAvailableTokens() > 0) {
			return Duration.ZERO;
		}
		return Duration.ofNanos(Math.max(1, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			bucket(key(details.getRemoteAddress())).tryConsume(1);
		}
	}

	/** A failed login that Spring Security does not see: a wrong activation code. */
	void failed(String address) {
		if (address != null) {
			bucket(key(address)).tryConsume(1);
		}
	}

	private Bucket bucket(String key) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(key,
					k -> Bucket.builder()
						.addLimit(limit -> limit.capacity(failures).refillGreedy(failures, period))
						.build());
		}
	}

	/** The address itself, or for IPv6 its /64 network. */
	static String key(String address) {
		if (address.indexOf(':') < 0) {
			return address;
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length != 16) {
				return address;
			}
			var key = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				key.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return key.append(":/64").toString();
		}
		catch (UnknownHostException | IllegalArgumentException e) {
			return address;
		}
	}

}
