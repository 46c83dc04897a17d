package dev.steadfast.model.read;

import dev.steadfast.model.Reference;
import java.util.List;
import java.util.Map;

/**
 * A model file read and syntax-checked, nothing evaluated yet.
 *
 * @param source       file or built-in name used in error messages
 * @param text         the file's text
 * @param name         the model's name (the file's base name when the file has none)
 * @param description  the description, or empty
 * @param parameters   parameters in file order
 * @param sites        sites in file order (= tensor order)
 * @param hamiltonian  the Hamiltonian, or null when the file has none (H = 0)
 * @param dissipators  dissipator entries in file order
 * @param measures     measures in file order
 * @param reference    the reference block as plain data
 * @param typedReference the reference block, checked
 * @param globalBaths  the {@code type: global} entries of {@code dissipators:}, in file order
 * @param initialStates the named initial states ({@code initial_states:}), in file order
 * @param heomBaths    the {@code type: heom} entries of {@code dissipators:}, in file order
 */
public record ModelSpec(String source, String text, String name, String description,
                        List<Specs.Parameter> parameters, List<Specs.SiteDecl> sites, Specs.Formula hamiltonian,
                        List<Specs.DissipatorDecl> dissipators, List<Specs.MeasureDecl> measures,
                        Map<String, Object> reference, Reference typedReference,
                        List<GlobalBathDecl> globalBaths, List<InitialStateDecl> initialStates,
                        List<HeomBathDecl> heomBaths) {
}
