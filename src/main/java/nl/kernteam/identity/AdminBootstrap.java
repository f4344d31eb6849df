package nl.kernteam.identity;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import nl.kernteam.shared.InstallationSettings;
import nl.kernteam.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator: {@code kernteam.admin.password} creates or resets the local
 * account {@code admin}; without it, the first start creates {@code admin} with a
 * generated password, written once to {@code DIR/admin-password.txt} in the data
 * directory (owner-only permissions); the console says where, never what.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final IdentityManagement identity;

	private final ProfessionalRepository professionals;

	private final String password;

	private final AdminPasswordFile passwordFile;

	@Autowired
	AdminBootstrap(IdentityManagement identity, ProfessionalRepository professionals, AdminSettings admin,
			InstallationSettings installation) {
		this(identity, professionals, admin.password(), installation.dataDir().toString());
	}

	AdminBootstrap(IdentityManagement identity, ProfessionalRepository professionals, String password, String dataDir) {
		this.identity = identity;
		this.professionals = professionals;
		this.password = password;
		this.passwordFile = new AdminPasswordFile(Path.of(dataDir));
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		var existing = professionals.idOf(ADMIN);
		if (!password.isBlank()) {
			if (existing.isPresent()) {
				identity.resetPassword(existing.get(), password);
				identity.activate(existing.get());
				if (passwordFile.delete()) {
					log.info("Deleted {}: its generated password no longer holds", passwordFile.path());
				}
				log.info("Password of the administrator account '{}' was reset from kernteam.admin.password", ADMIN);
			}
			else {
				create(password);
				log.info("Created the administrator account '{}' with the password from kernteam.admin.password",
						ADMIN);
			}
			return;
		}
		if (existing.isEmpty()) {
			byte[] bytes = new byte[15];
			new SecureRandom().nextBytes(bytes);
			String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			create(generated);
			Path file = passwordFile.write(ADMIN, generated);
			// The console says where the password is, never what it is: logs are
			// collected, copied and kept.
			log.warn("""

					=================================================================
					  Kernteam created the administrator account '{}'.
					  Its generated password is written once to
					    {}
					  (readable by its owner only). Log in, then delete that file.
					  Set another password with --kernteam.admin.password=...
					=================================================================""", ADMIN, file);
		}
	}

	private void create(String secret) {
		identity.createProfessional(new CreateProfessional(ADMIN, secret, "Functioneel beheerder", null,
				Set.of(Role.FUNCTIONAL_ADMIN), null, null));
	}

}
