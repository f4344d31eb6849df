package nl.kernteam.household;

import nl.kernteam.shared.Actor;

/**
 * A household's file was closed: help has ended. Published in the closing transaction, so
 * that every module ends what still runs for it (clocks, requests) in the same one.
 */
public record HouseholdClosed(HouseholdId household, Actor by, String reason) {
}
