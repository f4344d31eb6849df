package nl.kernteam.signal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A batch of signals of one organisation, sent together by its own system (issue 19): at
 * most {@value #MAX} at a time, each as {@link RegisterSignal}. The limit bounds what one
 * transaction holds: an advisory lock per person and per household they belong to, until
 * it commits (docs/BENCHMARKS.md: 100 a request gives most of the gain).
 */
public record RegisterSignals(@NotNull @Size(min = 1, max = MAX) List<@NotNull @Valid RegisterSignal> signals) {

	public static final int MAX = 100;

}
