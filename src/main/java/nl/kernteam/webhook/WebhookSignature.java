package nl.kernteam.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: {@code Kernteam-Signature: t=<unix seconds>,v1=<hex>},
 * where the hex is HMAC-SHA256 with the subscription's secret over
 * {@code <unix seconds>.<body>}. The time inside the signature lets a receiver refuse a
 * replayed old delivery.
 */
final class WebhookSignature {

	static final String HEADER = "Kernteam-Signature";

	private WebhookSignature() {
	}

	static String sign(String secret, long epochSeconds, String body) {
		return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds + "." + body);
	}

	static String hmac(String secret, String message) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("every Java platform has HmacSHA256", e);
		}
	}

}
