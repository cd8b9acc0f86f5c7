/**
 * The catalogs as immutable records: models (attention layout, experts, parameter counts), devices
 * (memory, module kind, FlashAttention tile), number formats, factoids and the defaults every way in
 * shares ({@link dev.kvcache.catalog.ScenarioDefaults}), with lookup by id, name or alias.
 *
 * <p>The bottom layer: plain Java that imports nothing else of the app and nothing of LibGDX.
 */
package dev.kvcache.catalog;
