package nl.kernteam.shared.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.kernteam.shared.EncryptedValues;
import nl.kernteam.shared.PersonalDataCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites every encrypted value with the current key version, a batch per transaction,
 * so that an older key can be removed from the configuration afterwards. Started as a
 * command: {@code java -jar kernteam.jar --kernteam.re-encrypt=true} (with the new key as
 * {@code kernteam.encryption-keys.N} and the older ones still given) runs it and exits;
 * the application can keep running on other nodes meanwhile, as every node reads both
 * versions. Safe to run again: it only touches values of an older version.
 */
@Component
public class KeyRotation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	static final int BATCH = 500;

	private final List<EncryptedValues> values;

	private final PersonalDataCipher cipher;

	private final TransactionTemplate transactions;

	private final ConfigurableApplicationContext context;

	KeyRotation(List<EncryptedValues> values, PersonalDataCipher cipher, TransactionTemplate transactions,
			ConfigurableApplicationContext context) {
		this.values = values;
		this.cipher = cipher;
		this.transactions = transactions;
		this.context = context;
	}

	/**
	 * Rewrites everything with the given cipher's current key; how many per kind. A value
	 * that cannot be decrypted (damaged, or of a key no longer given) is left as it is
	 * and logged.
	 */
	public Map<String, Integer> reEncrypt(PersonalDataCipher with) {
		var counts = new LinkedHashMap<String, Integer>();
		for (EncryptedValues kind : values) {
			int total = 0;
			int damaged = 0;
			EncryptedValues.Batch batch = new EncryptedValues.Batch(0, 0, 0, null);
			do {
				UUID after = batch.last();
				batch = transactions.execute(status -> kind.reEncrypt(with, after, BATCH));
				total += batch.rewritten();
				damaged += batch.damaged();
			}
			while (batch.read() > 0);
			if (damaged > 0) {
				log.warn("{}: {} values could not be decrypted and were left as they are", kind.name(), damaged);
			}
			counts.put(kind.name(), total);
		}
		return counts;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (!arguments.containsOption("kernteam.re-encrypt")
				|| !List.of("true").equals(arguments.getOptionValues("kernteam.re-encrypt"))) {
			return;
		}
		log.info("Re-encrypting personal data with key version {}", cipher.currentVersion());
		var counts = reEncrypt(cipher);
		log.info("Re-encrypted with key version {}: {}", cipher.currentVersion(), counts);
		System.exit(SpringApplication.exit(context, () -> 0));
	}

}
