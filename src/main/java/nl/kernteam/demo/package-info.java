/**
 * The fictional demo region and the data generator that benchmarks use too. Depends on no
 * other module's code: it writes their tables in bulk and leans on the database's
 * constraints.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package nl.kernteam.demo;
