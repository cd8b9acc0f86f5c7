/**
 * Joins the catalogs, the memory engine and the simulation for one scenario: the link and option
 * codec ({@link dev.kvcache.scenario.ScenarioParams}) that every way in goes through, name resolution,
 * device and model defaults, the engine adapter the simulation asks for its memory figures, and the
 * serving run the {@code report} command prints.
 */
package dev.kvcache.scenario;
