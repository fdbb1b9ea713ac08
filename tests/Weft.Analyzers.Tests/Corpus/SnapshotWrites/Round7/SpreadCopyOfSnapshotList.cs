// WEFT0003: a worker-local list made from the snapshot's list. The local is the snapshot's list itself.
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

namespace Corpus7b.SpreadCopyOfSnapshotList;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class HostTable
{
    public List<string> Hosts { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Spread
{
    public static int With(string extra)
    {
        List<string> all = HostTable.Current.Hosts;
        all.Add(extra); // expect: WEFT0003
        return all.Count;
    }
}
