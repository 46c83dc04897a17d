/**
 * Reading model files (YAML or JSON) into checked specifications, with the file and line of every
 * entry kept for error messages.
 */
package dev.steadfast.model.read;
