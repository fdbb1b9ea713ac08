// WEFT0003: counts read through TryGetCurrent. It writes `t.Counts` itself, the snapshot's dictionary.
// The snapshot type is mutable on purpose (this file is about writes through Current, not about the
// declaration): WEFT0001 is suppressed around it with #pragma.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.TryGetCurrentCopiedDictionary;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class CountTable
{
    public Dictionary<string, int> Counts { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Counting
{
    public static int WithProbe()
    {
        if (!CountTable.TryGetCurrent(out var t)) return 0;
        var counts = t.Counts;
        counts["probe"] = 1; // expect: WEFT0003
        return counts.Count;
    }
}
