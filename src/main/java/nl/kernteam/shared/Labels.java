package nl.kernteam.shared;

/**
 * Labels in server-drawn pictures (the network, the genogram), where a long name would
 * run over its neighbours.
 */
public final class Labels {

	private Labels() {
	}

	/**
	 * The text, or its first {@code max - 1} characters and an ellipsis; {@code null}
	 * becomes empty.
	 */
	public static String shorten(String text, int max) {
		if (text == null) {
			return "";
		}
		return text.length() > max ? text.substring(0, max - 1) + "…" : text;
	}

}
