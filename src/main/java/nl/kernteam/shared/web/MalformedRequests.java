package nl.kernteam.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * What Kernteam answers to a request it cannot even read (a damaged URL, say): 400 as
 * problem+json under {@code /api/}, a plain page otherwise. Used where Spring MVC's error
 * handling is not reached yet: Tomcat's error report and the filter that checks URLs
 * before anything else parses them.
 */
final class MalformedRequests {

	private MalformedRequests() {
	}

	/**
	 * Whether every {@code %XX} in the (raw, still encoded) URL is valid hex and the
	 * bytes are valid UTF-8.
	 */
	static boolean wellEncoded(String rawUri) {
		if (rawUri == null) {
			return false;
		}
		var bytes = new java.io.ByteArrayOutputStream(rawUri.length());
		for (int i = 0; i < rawUri.length(); i++) {
			char c = rawUri.charAt(i);
			if (c == '%') {
				if (i + 2 >= rawUri.length() || Character.digit(rawUri.charAt(i + 1), 16) < 0
						|| Character.digit(rawUri.charAt(i + 2), 16) < 0) {
					return false;
				}
				int value = Character.digit(rawUri.charAt(i + 1), 16) * 16 + Character.digit(rawUri.charAt(i + 2), 16);
				if (value < 0x20 || value == 0x7f) {
					// control characters (NUL, CR, LF, ...) have no place in a path
					return false;
				}
				bytes.write(value);
				i += 2;
			}
			else if (c < 0x20 || c >= 0x7f) {
				return false;
			}
			else {
				bytes.write(c);
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	static boolean isApi(String rawUri) {
		return rawUri != null && (rawUri.startsWith("/api/") || rawUri.equals("/api"));
	}

	static String contentType(String rawUri) {
		return isApi(rawUri) ? "application/problem+json;charset=UTF-8" : "text/html;charset=UTF-8";
	}

	static void write(Writer out, String rawUri, int status, MessageSource messages, Locale locale) throws IOException {
		String title = text(messages, status == 400 ? "error.title.400" : "error.title.generic", locale);
		String detail = text(messages, status >= 400 && status < 500 ? "error.invalid" : "error.unexpected", locale);
		if (isApi(rawUri)) {
			out.write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
					+ ",\"detail\":\"" + json(detail) + "\"}");
		}
		else {
			out.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
					+ HtmlUtils.htmlEscape(title)
					+ "</title><link rel=\"stylesheet\" href=\"/css/kernteam.css\"></head><body><main><h1>"
					+ HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">"
					+ HtmlUtils.htmlEscape(text(messages, "error.backHome", locale)) + "</a></p></main></body></html>");
		}
		out.flush();
	}

	private static String text(MessageSource messages, String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
