package nl.kernteam.audit;

/**
 * What was done with family data. PRINT and EXPORT are reads that leave Kernteam on paper
 * or in a file.
 */
public enum AccessAction {

	READ, SEARCH, CREATE, UPDATE, EMERGENCY_ACCESS, PRINT, EXPORT, VERIFY

}
