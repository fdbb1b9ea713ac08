// WEFT0003: a worker extends the host list it read from Current. It writes `Current.Hosts` itself through a local.
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

namespace Corpus7b.NewListFromCurrentHosts;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial class HostTable
{
    public List<string> Hosts { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Probe
{
    public static int Candidates(string extra)
    {
        var mine = HostTable.Current.Hosts;
        mine.Add(extra); // expect: WEFT0003
        return mine.Count;
    }
}
