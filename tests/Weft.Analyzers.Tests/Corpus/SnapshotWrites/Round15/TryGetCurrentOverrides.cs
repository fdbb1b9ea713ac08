// Round 15, WEFT0003, a short request handler using TryGetCurrent with a property pattern: the feature-flag override
// endpoint writes into the snapshot's override dictionary it matched (`{ Overrides: { } map }`). The dictionary member
// is reported by WEFT0001 in both twins.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.TryGetCurrentOverrides;

[ThreadLocalSlot]
public sealed partial class Flags
{
    public Dictionary<string, bool> Overrides { get; init; } = []; // expect: WEFT0001
}

public sealed class OverrideHandler
{
    private readonly Dictionary<string, bool> _local = new(StringComparer.Ordinal);

    public bool Set(string flag, bool on)
    {
        if (!Flags.TryGetCurrent(out var flags) || flags is not { Overrides: { } map })
        {
            return false;
        }

        map[flag] = on; // expect: WEFT0003
        return map.Count > 0;
    }

    public bool? Local(string flag) => _local.TryGetValue(flag, out bool on) ? on : null;
}
