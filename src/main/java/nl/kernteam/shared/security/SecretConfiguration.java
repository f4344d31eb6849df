package nl.kernteam.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.TreeMap;

import nl.kernteam.shared.InstallationSettings;
import nl.kernteam.shared.OwnerOnlyFiles;
import nl.kernteam.shared.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The secret behind {@link PersonalDataCipher}: {@code kernteam.secret} (at least 32
 * characters) when given, otherwise a random one kept in
 * {@code kernteam.data-dir/secret.key}, created on the first start. It must never be
 * stored in the database it protects.
 */
@Configuration(proxyBeanMethods = false)
class SecretConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecretConfiguration.class);

	@Bean
	PersonalDataCipher personalDataCipher(InstallationSettings settings) throws IOException {
		var laterKeys = new TreeMap<Integer, byte[]>();
		settings.encryptionKeys()
			.forEach((version, key) -> laterKeys.put(version, key.getBytes(StandardCharsets.UTF_8)));
		if (StringUtils.hasText(settings.secret())) {
			return new PersonalDataCipher(settings.secret().getBytes(StandardCharsets.UTF_8), laterKeys);
		}
		Path file = settings.dataDir().toAbsolutePath().normalize().resolve("secret.key");
		if (!Files.exists(file)) {
			byte[] bytes = new byte[48];
			new SecureRandom().nextBytes(bytes);
			OwnerOnlyFiles.write(file, Base64.getEncoder().encodeToString(bytes));
			log.info("Created a new secret for personal data in {}; back it up with the database", file);
		}
		return new PersonalDataCipher(Base64.getDecoder().decode(Files.readString(file).trim()), laterKeys);
	}

}
