package dev.steadfast.system;

import java.util.List;

/**
 * A dissipative process, expanded into Lindblad channels by {@link #jumps()}. A dissipator
 * carries a name so that per-bath quantities (heat currents) can refer to it.
 */
public sealed interface Dissipator permits LindbladDissipator, ThermalBath, FermionicLead, DaviesChannel {
    /** The label used in measures and error messages (never null; may be generated). */
    String name();

    /** The Lindblad channels this dissipator contributes. */
    List<Jump> jumps();
}
