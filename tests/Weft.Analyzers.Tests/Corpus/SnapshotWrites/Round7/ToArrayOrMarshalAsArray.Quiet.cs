// WEFT0003 on a deeply immutable snapshot (no suppression needed): getting a writable int[] out of its ImmutableArray.
// `ToArray()` copies: sorting the copy is fine: quiet.
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

namespace Corpus7b.ToArrayOrMarshalAsArrayQuiet;

[ThreadLocalSlot]
public sealed partial class PortTable
{
    public ImmutableArray<int> Ports { get; init; } = ImmutableArray<int>.Empty;
}

public static class Ordering
{
    public static int Lowest()
    {
        var ports = PortTable.Current.Ports.ToArray();
        Array.Sort(ports);
        return ports.Length > 0 ? ports[0] : 0;
    }
}
