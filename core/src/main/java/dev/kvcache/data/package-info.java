/**
 * Reads the shipped catalogs and factoids ({@code assets/catalog/*.json}) into catalog records with
 * LibGDX's JsonReader (GWT-safe, no reflection), reporting every problem with its file and field.
 */
package dev.kvcache.data;
