// WEFT0003, order by flow: a local first holds the snapshot's list (read only), then the write. Before the write the
// local is reassigned to a new list copied from it: the Add writes the copy: quiet.
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

namespace Corpus7b.LocalReassignedBeforeWriteQuiet;

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
        var hosts = HostTable.Current.Hosts;
        if (hosts.Contains(extra)) return hosts.Count;
        hosts = new List<string>(hosts);
        hosts.Add(extra);
        return hosts.Count;
    }
}
