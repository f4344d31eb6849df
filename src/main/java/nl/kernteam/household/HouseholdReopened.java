package nl.kernteam.household;

import nl.kernteam.shared.Actor;

/** A closed household's file was reopened: a new period of help starts. */
public record HouseholdReopened(HouseholdId household, Actor by, String reason) {
}
