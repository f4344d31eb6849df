package nl.kernteam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import nl.kernteam.household.HouseholdId;
import nl.kernteam.support.IntegrationTest;
import nl.kernteam.support.TestData;
import nl.kernteam.support.TestData.Pro;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes "a server error from input" impossible to add unnoticed. Reads the OpenAPI
 * description and, for every operation, sends malformed requests derived from it: wrong
 * types, nulls, huge strings, control characters, lone surrogates, bad UTF-8 in body and
 * path, invalid ids and dates, numbers for enums, missing and broken bodies, arrays
 * holding null. None may answer 5xx. The caller is the contact person of a test household
 * (so requests pass the network guard and reach the controllers) and the administrator
 * for the administration endpoints. The generator is seeded ({@code -Dfuzz.seed=…}
 * repeats a run); a failure names each request that failed.
 */
@IntegrationTest
class ApiFuzzIntegrationTests {

	private static final int MINIMUM_REQUESTS = 10_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JsonMapper json;

	private JsonNode schemas;

	private Random random;

	private HouseholdId household;

	@Test
	void noMalformedRequestToAnyEndpointIsAServerError() throws Exception {
		long seed = Long.getLong("fuzz.seed", 20261203L);
		random = new Random(seed);
		Pro worker = data.professional(OrganisationType.LOCAL_TEAM);
		household = data.household(worker);
		data.informal(worker, household, "Truus", "oma");
		// logged in as after a login (HTTP Basic would check a password on each of ten
		// thousand requests)
		RequestPostProcessor professional = worker.session();
		RequestPostProcessor admin = data.professional(OrganisationType.OTHER, Role.FUNCTIONAL_ADMIN).session();

		JsonNode description = json
			.readTree(mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString());
		schemas = description.path("components").path("schemas");
		var operations = new ArrayList<Operation>();
		for (var path : description.path("paths").properties()) {
			for (var method : path.getValue().properties()) {
				operations.add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(),
						method.getValue()));
			}
		}
		assertThat(operations).hasSizeGreaterThan(30);

		int perOperation = MINIMUM_REQUESTS / operations.size() + 1;
		int sent = 0;
		var failures = new ArrayList<String>();
		var statuses = new java.util.TreeMap<Integer, Integer>();
		long started = System.nanoTime();
		for (Operation operation : operations) {
			boolean administration = operation.path.startsWith("/api/v1/organisations")
					|| operation.path.startsWith("/api/v1/professionals");
			for (int i = 0; i < perOperation; i++) {
				var attempt = attempt(operation, i);
				var builder = request(operation.method,
						URI.create(attempt.path.replace("%", "%25") + attempt.query.replace("%", "%25")))
					.with(administration ? admin : professional)
					.with(raw -> {
						// the URL as a client sent it, still encoded (damaged escapes and
						// all), as Tomcat would hand it on
						raw.setRequestURI(attempt.path);
						raw.setQueryString(attempt.query.isEmpty() ? null : attempt.query.substring(1));
						return raw;
					});
				if (attempt.body != null) {
					builder.contentType(attempt.contentType).content(attempt.body);
				}
				int status = mvc.perform(builder).andReturn().getResponse().getStatus();
				sent++;
				statuses.merge(status, 1, Integer::sum);
				if (status >= 500) {
					failures.add(status + " " + operation.method + " " + attempt.path + attempt.query + " "
							+ (attempt.body == null ? ""
									: abbreviate(new String(attempt.body, StandardCharsets.UTF_8))));
				}
			}
		}
		System.out.printf("API fuzz: %d requests to %d operations in %d ms (seed %d), %d answered 5xx; statuses %s%n",
				sent, operations.size(), (System.nanoTime() - started) / 1_000_000, seed, failures.size(), statuses);
		failures.stream().limit(50).forEach(failure -> System.out.println("API fuzz failure: " + failure));
		assertThat(sent).isGreaterThanOrEqualTo(MINIMUM_REQUESTS);
		// the requests reached the controllers, not only the login or the network guard
		assertThat(statuses.getOrDefault(200, 0) + statuses.getOrDefault(201, 0)).isGreaterThan(operations.size());
		// most malformed requests reach validation (others stop at a role or a missing
		// record)
		assertThat(statuses.getOrDefault(400, 0)).isGreaterThan(MINIMUM_REQUESTS * 2 / 5);
		assertThat(failures).as("requests answered 5xx (seed " + seed + ")").isEmpty();
	}

	private record Operation(HttpMethod method, String path, JsonNode spec) {
	}

	private record Attempt(String path, String query, byte[] body, MediaType contentType) {
	}

	/**
	 * The first few attempts of each operation are well formed (so the endpoint's happy
	 * path runs too), the rest are not.
	 */
	private Attempt attempt(Operation operation, int index) {
		boolean wellFormed = index < 2;
		String path = operation.path;
		var query = new StringBuilder();
		boolean spoilPath = !wellFormed && random.nextInt(5) == 0;
		boolean spoilQuery = !wellFormed && random.nextInt(4) == 0;
		for (JsonNode parameter : operation.spec.path("parameters")) {
			String name = parameter.path("name").asString();
			JsonNode schema = resolve(parameter.path("schema"));
			if ("path".equals(parameter.path("in").asString())) {
				String value = spoilPath && random.nextBoolean() ? nastyPathSegment()
						: encode(String.valueOf(valid(schema, name)));
				path = path.replace("{" + name + "}", value);
			}
			else if ("query".equals(parameter.path("in").asString())
					&& (parameter.path("required").asBoolean() || random.nextBoolean())) {
				String value = spoilQuery && random.nextBoolean() ? nastyQueryValue()
						: encode(String.valueOf(valid(schema, name)));
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
			}
		}
		String uri = path;
		String q = query.toString();
		JsonNode requestBody = operation.spec.path("requestBody");
		if (requestBody.isMissingNode()) {
			return new Attempt(uri, q, wellFormed || random.nextInt(3) > 0 ? null : nastyWholeBody(),
					MediaType.APPLICATION_JSON);
		}
		JsonNode schema = resolve(requestBody.path("content").path("application/json").path("schema"));
		Object body = valid(schema, "body");
		if (wellFormed) {
			return new Attempt(uri, q, Json.write(body).getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
		}
		return switch (random.nextInt(12)) {
			case 0 -> new Attempt(uri, q, nastyWholeBody(), MediaType.APPLICATION_JSON);
			case 1 -> new Attempt(uri, q, null, MediaType.APPLICATION_JSON);
			case 2 -> new Attempt(uri, q, Json.write(body).getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN);
			case 3 -> new Attempt(uri, q, badUtf8(Json.write(mutate(body, schema, 2))), MediaType.APPLICATION_JSON);
			default -> new Attempt(uri, q,
					Json.write(mutate(body, schema, 1 + random.nextInt(3))).getBytes(StandardCharsets.UTF_8),
					MediaType.APPLICATION_JSON);
		};
	}

	private JsonNode resolve(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		if (!ref.isEmpty()) {
			return schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return schema;
	}

	/**
	 * A plausible value for the schema: the household's id for {@code id}, today-ish
	 * dates, the first enum value.
	 */
	private Object valid(JsonNode schema, String name) {
		schema = resolve(schema);
		if (schema.has("enum")) {
			var values = schema.path("enum");
			return values.get(random.nextInt(values.size())).asString();
		}
		String type = schema.path("type").asString("");
		String format = schema.path("format").asString("");
		if (type.isEmpty() && schema.has("properties")) {
			type = "object";
		}
		switch (type) {
			case "object": {
				var object = new LinkedHashMap<String, Object>();
				for (var property : schema.path("properties").properties()) {
					object.put(property.getKey(), valid(property.getValue(), property.getKey()));
				}
				return object;
			}
			case "array": {
				var list = new ArrayList<Object>();
				int size = random.nextInt(3);
				for (int i = 0; i < size; i++) {
					list.add(valid(schema.path("items"), name));
				}
				return list;
			}
			case "integer":
				return "version".equals(name) ? 0 : random.nextInt(3);
			case "number":
				return 1.5;
			case "boolean":
				return random.nextBoolean();
			default:
				if ("uuid".equals(format)) {
					return "id".equals(name) || "householdId".equals(name) ? household.value() : UUID.randomUUID();
				}
				if ("date".equals(format)) {
					return "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
				}
				if ("date-time".equals(format)) {
					return "2026-01-05T10:00:00Z";
				}
				if (name.toLowerCase().contains("bsn")) {
					return "123456782";
				}
				return "Tekst " + random.nextInt(1000);
		}
	}

	/** Replaces {@code times} values somewhere in the body with something malformed. */
	@SuppressWarnings("unchecked")
	private Object mutate(Object body, JsonNode schema, int times) {
		if (!(body instanceof Map<?, ?> map) || map.isEmpty()) {
			return random.nextBoolean() ? nastyValue() : List.of(nastyValue());
		}
		for (int i = 0; i < times; i++) {
			Object target = body;
			// walk down into a nested object or list now and then
			while (true) {
				if (target instanceof Map<?, ?> m && !m.isEmpty()) {
					var keys = new ArrayList<>(((Map<String, Object>) m).keySet());
					String key = keys.get(random.nextInt(keys.size()));
					Object child = m.get(key);
					if ((child instanceof Map<?, ?> || child instanceof List<?>) && random.nextBoolean()) {
						target = child;
						continue;
					}
					((Map<String, Object>) m).put(key, nastyValue());
				}
				else if (target instanceof List<?> l) {
					var list = (List<Object>) l;
					if (!list.isEmpty() && random.nextBoolean()) {
						list.set(random.nextInt(list.size()), nastyValue());
					}
					else {
						list.add(random.nextBoolean() ? null : nastyValue());
					}
				}
				break;
			}
		}
		if (random.nextInt(6) == 0) {
			((Map<String, Object>) body).put("unknown" + random.nextInt(9), nastyValue());
		}
		return body;
	}

	private Object nastyValue() {
		return switch (random.nextInt(24)) {
			case 0 -> null;
			case 1 -> "x".repeat(10_001);
			case 2 -> "y".repeat(20_001 + random.nextInt(1000));
			case 3 -> "\u0000\u0000";
			case 4 -> "\u0001\u0002\u001f\u007f";
			case 5 -> new Json.Raw("\"\\ud800\"");
			case 6 -> new Json.Raw("\"a\\udc00b\"");
			case 7 -> "0000-01-01";
			case 8 -> "+10000-01-01";
			case 9 -> 12345;
			case 10 -> -1;
			case 11 -> Long.MAX_VALUE;
			case 12 -> new Json.Raw("1e400");
			case 13 -> new Json.Raw("99999999999999999999999999");
			case 14 -> 3.25;
			case 15 -> true;
			case 16 -> new ArrayList<>(java.util.Arrays.asList((Object) null));
			case 17 -> new LinkedHashMap<>(Map.of("a", "b"));
			case 18 -> "not-a-uuid";
			case 19 -> "2026-02-30";
			case 20 -> "";
			case 21 -> "   ";
			case 22 -> "\u202e\u200b\ufeff";
			default -> UUID.randomUUID().toString();
		};
	}

	private byte[] nastyWholeBody() {
		return switch (random.nextInt(9)) {
			case 0 -> "{".getBytes(StandardCharsets.UTF_8);
			case 1 -> "null".getBytes(StandardCharsets.UTF_8);
			case 2 -> "[]".getBytes(StandardCharsets.UTF_8);
			case 3 -> "\"text\"".getBytes(StandardCharsets.UTF_8);
			case 4 -> new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' };
			case 5 -> "[".repeat(2_000).getBytes(StandardCharsets.UTF_8);
			case 6 -> new byte[0];
			case 7 -> "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
			default -> new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0 };
		};
	}

	/** Puts invalid UTF-8 inside the first string of the document. */
	private static byte[] badUtf8(String document) {
		byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
		int quote = document.indexOf(":\"");
		if (quote < 0) {
			return new byte[] { '{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}' };
		}
		var out = new java.io.ByteArrayOutputStream();
		int at = document.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8).length;
		out.write(bytes, 0, at);
		out.write(0xC0);
		out.write(0xAF);
		out.write(bytes, at, bytes.length - at);
		return out.toByteArray();
	}

	private String nastyPathSegment() {
		return switch (random.nextInt(10)) {
			case 0 -> "not-a-uuid";
			case 1 -> "%C0%AF";
			// damaged escapes (%ZZ, %E0%A4%A) never get past Tomcat, and MockMvc's own
			// filter mapping cannot decode them:
			// MalformedUrlIntegrationTests sends those over a real socket
			case 2 -> "%C3%28";
			case 3 -> "%F0%28%8C%BC";
			case 4 -> "%00";
			case 5 -> "x".repeat(3_000);
			case 6 -> "-1";
			case 7 -> "99999999999999999999";
			case 8 -> "%ED%A0%80";
			default -> UUID.randomUUID().toString();
		};
	}

	private String nastyQueryValue() {
		return switch (random.nextInt(10)) {
			case 0 -> "abc";
			case 1 -> "-1";
			case 2 -> "99999999999999999999";
			case 3 -> "%C0%AF";
			case 4 -> "%00%01";
			case 5 -> "0000-01-01";
			case 6 -> "%2B999999999-12-31";
			case 7 -> "x".repeat(5_000);
			case 8 -> "%ZZ";
			default -> "";
		};
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "… (" + text.length() + " chars)" : text;
	}

	/**
	 * A small JSON writer that can also write what no JSON library would (lone
	 * surrogates, huge numbers).
	 */
	static final class Json {

		record Raw(String text) {
		}

		static String write(Object value) {
			var out = new StringBuilder();
			write(value, out);
			return out.toString();
		}

		private static void write(Object value, StringBuilder out) {
			if (value == null) {
				out.append("null");
			}
			else if (value instanceof Raw raw) {
				out.append(raw.text());
			}
			else if (value instanceof Map<?, ?> map) {
				out.append('{');
				boolean first = true;
				for (var entry : map.entrySet()) {
					if (!first) {
						out.append(',');
					}
					first = false;
					string(String.valueOf(entry.getKey()), out);
					out.append(':');
					write(entry.getValue(), out);
				}
				out.append('}');
			}
			else if (value instanceof List<?> list) {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					write(list.get(i), out);
				}
				out.append(']');
			}
			else if (value instanceof Number || value instanceof Boolean) {
				out.append(value);
			}
			else {
				string(value.toString(), out);
			}
		}

		private static void string(String text, StringBuilder out) {
			out.append('"');
			for (char c : text.toCharArray()) {
				if (c == '"' || c == '\\') {
					out.append('\\').append(c);
				}
				else if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				}
				else {
					out.append(c);
				}
			}
			out.append('"');
		}

	}

}
