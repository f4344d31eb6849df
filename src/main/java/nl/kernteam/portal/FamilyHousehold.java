package nl.kernteam.portal;

import java.util.List;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The household as the family sees it: its name, its contact person and how to reach
 * them, and its members.
 */
public record FamilyHousehold(String name, ContactPerson contactPerson, List<Member> members) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static List<Member> members(String json) {
		return JSON.readValue(json, new TypeReference<List<Member>>() {
		});
	}

	public record ContactPerson(String name, String organisationName, String phone, String email) {
	}

	public record Member(UUID id, String name, String role) {
	}

}
