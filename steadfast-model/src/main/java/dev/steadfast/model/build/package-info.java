/**
 * Evaluating a model at one parameter point: operators, the open system and compiled measures.
 */
package dev.steadfast.model.build;
