/** KV Cache Growth Simulator: memory math, simulation and views shared by desktop and browser. */
package dev.kvcache;
