// WEFT0003: the snapshot's hosts copied into the worker's own list with `AddRange`, then that list is written.
// The write goes to the snapshot's list instead.
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

namespace Corpus7b.AddRangeIntoOwnListThenWrite;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class HostTable
{
    public List<string> Hosts { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Merge
{
    public static int With(string extra)
    {
        var mine = new List<string>();
        mine.AddRange(HostTable.Current.Hosts);
        HostTable.Current.Hosts.Add(extra); // expect: WEFT0003
        mine.Sort(StringComparer.Ordinal);
        return mine.Count;
    }
}
