package nl.kernteam.plan;

import java.util.UUID;

/**
 * The one who acts on an agreement. {@link #ref()} identifies them in forms:
 * {@code MEMBER:<id>}, {@code INFORMAL:<involvement id>} or {@code PROFESSIONAL:<id>}.
 */
public record Owner(OwnerKind kind, UUID id, String name, String detail) {

	public String ref() {
		return switch (kind) {
			case FAMILY_MEMBER -> "MEMBER:" + id;
			case INFORMAL -> "INFORMAL:" + id;
			case PROFESSIONAL -> "PROFESSIONAL:" + id;
		};
	}
}
