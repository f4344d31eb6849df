package nl.kernteam.portal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.kernteam.shared.FamilyMember;
import nl.kernteam.shared.validation.PlainText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the family adds through the API (CONTRACT.md, "The family's own Kernteam"): views,
 * "ik ben gehoord", messages to the contact person, objections, complaints and data
 * requests; always as the logged-in family member, about their own household.
 */
@RestController
@RequestMapping("/api/v1/family")
class FamilyVoiceApiController {

	private final FamilyVoice voice;

	private final FamilyObjections objections;

	private final FamilyMessages messages;

	private final FamilyAgreements agreements;

	FamilyVoiceApiController(FamilyVoice voice, FamilyObjections objections, FamilyMessages messages,
			FamilyAgreements agreements) {
		this.voice = voice;
		this.objections = objections;
		this.messages = messages;
		this.agreements = agreements;
	}

	/**
	 * Progress on the member's own agreement, ticked off as done if they say so; another
	 * member's agreement is a 403, another household's a 404.
	 */
	@PostMapping("/agreements/{agreementId}/progress")
	ResponseEntity<Map<String, UUID>> addProgress(FamilyMember member, @PathVariable UUID agreementId,
			@Valid @RequestBody AddProgress progress) {
		return ResponseEntity.status(201).body(Map.of("id", agreements.addProgress(member, agreementId, progress)));
	}

	/** A message to the contact person, who is notified. */
	@PostMapping("/messages")
	ResponseEntity<Map<String, UUID>> sendMessage(FamilyMember member, @Valid @RequestBody MessageRequest message) {
		return ResponseEntity.status(201).body(Map.of("id", messages.send(member, message.text())));
	}

	/** The messages with the contact person and the answers, newest first. */
	@GetMapping("/messages")
	Map<String, List<FamilyMessageRepository.Message>> messages(FamilyMember member) {
		return Map.of("items", messages.forFamily(member));
	}

	@PostMapping("/views")
	ResponseEntity<Map<String, UUID>> addView(FamilyMember member, @Valid @RequestBody AddView view) {
		UUID id = voice.addView(member, view);
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	/** The household's views on one item, newest first. */
	@GetMapping("/views")
	Map<String, List<FamilyVoiceRepository.FamilyView>> views(FamilyMember member, @RequestParam AboutKind kind,
			@RequestParam String id) {
		return Map.of("items", voice.views(member, new About(kind, id)));
	}

	@PostMapping("/heard")
	ResponseEntity<Map<String, UUID>> heard(FamilyMember member, @Valid @RequestBody Heard heard) {
		UUID id = voice.heard(member, heard);
		return ResponseEntity.status(201).body(Map.of("id", id));
	}

	/**
	 * An objection, complaint or data request: received, with the last day of its legal
	 * term.
	 */
	@PostMapping("/objections")
	ResponseEntity<Map<String, Object>> fileObjection(FamilyMember member,
			@Valid @RequestBody FileObjection objection) {
		var filed = objections.file(member, objection);
		return ResponseEntity.status(201)
			.body(Map.of("id", filed.id(), "kind", filed.kind(), "status", filed.status(), "dueOn", filed.dueOn()));
	}

	@GetMapping("/objections")
	Map<String, List<Objection>> objections(FamilyMember member) {
		return Map.of("items", objections.forFamily(member));
	}

	record MessageRequest(@NotBlank @Size(max = FamilyMessages.MAX_LENGTH) @PlainText String text) {
	}

}
