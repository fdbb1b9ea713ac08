// WEFT0003: the snapshot's hosts copied into the worker's own list with `AddRange`, then that list is written.
// Only the worker's new list is written: quiet.
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

namespace Corpus7b.AddRangeIntoOwnListThenWriteQuiet;

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
        mine.Add(extra);
        mine.Sort(StringComparer.Ordinal);
        return mine.Count;
    }
}
