/**
 * The network around a household: involvements, the one contact person, the director, handovers and
 * emergency access. It decides who may see a household ({@code HouseholdAccessPolicy}).
 */
package nl.kernteam.network;
