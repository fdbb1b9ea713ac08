// Round 15, WEFT0003 quiet twin: the handler records the override in its own dictionary.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.TryGetCurrentOverridesQuiet;

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

        _local[flag] = on;
        return map.Count > 0;
    }

    public bool? Local(string flag) => _local.TryGetValue(flag, out bool on) ? on : null;
}
