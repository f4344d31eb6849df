package nl.kernteam.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The configured providers ({@link OidcSettings}), by registration id
 * ({@value #PROFESSIONALS}, {@value #FAMILIES}). A provider's discovery document is read
 * at its first login, not at start-up, so that Kernteam starts while a provider is
 * unreachable; a failed read is tried again at the next login.
 */
final class OidcRegistrations implements ClientRegistrationRepository {

	static final String PROFESSIONALS = "professionals";

	static final String FAMILIES = "families";

	private final Map<String, Supplier<ClientRegistration>> providers = new HashMap<>();

	private final Map<String, ClientRegistration> read = new ConcurrentHashMap<>();

	OidcRegistrations(OidcSettings settings) {
		var professionals = settings.professionals();
		if (professionals.configured()) {
			providers.put(PROFESSIONALS, () -> registration(PROFESSIONALS, professionals.issuerUri(),
					professionals.clientId(), professionals.clientSecret(), professionals.scopes()));
		}
		var families = settings.families();
		if (families.configured()) {
			providers.put(FAMILIES, () -> registration(FAMILIES, families.issuerUri(), families.clientId(),
					families.clientSecret(), families.scopes()));
		}
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		var provider = providers.get(registrationId);
		return provider == null ? null : read.computeIfAbsent(registrationId, id -> provider.get());
	}

	private static ClientRegistration registration(String id, String issuer, String clientId, String secret,
			List<String> scopes) {
		return ClientRegistrations.fromIssuerLocation(issuer)
			.registrationId(id)
			.clientId(clientId)
			.clientSecret(secret)
			.scope(scopes)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.build();
	}

}
