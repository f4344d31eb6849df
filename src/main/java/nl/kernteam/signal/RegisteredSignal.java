package nl.kernteam.signal;

import java.util.List;
import java.util.UUID;

/**
 * A registered signal and the matches it has now; every professional on those matches has
 * been told.
 *
 * @param matches one per matching signal of another organisation
 */
public record RegisteredSignal(UUID id, List<SignalMatch> matches) {
}
