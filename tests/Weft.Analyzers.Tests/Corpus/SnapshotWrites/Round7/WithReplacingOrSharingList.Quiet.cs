// WEFT0003: a `with` copy of a snapshot record, then a host added to the copy. The `with` replaces Hosts by a new list
// copied from the snapshot's: the Add writes the copy's own list: quiet.
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

namespace Corpus7b.WithReplacingOrSharingListQuiet;

#pragma warning disable WEFT0001
[ThreadLocalSlot]
public sealed partial record RouteTable
{
    public int Version { get; init; }
    public List<string> Hosts { get; init; } = new();
}
#pragma warning restore WEFT0001

public static class Draft
{
    public static RouteTable Next(string extra)
    {
        var next = RouteTable.Current with { Hosts = new List<string>(RouteTable.Current.Hosts) };
        next.Hosts.Add(extra);
        return next;
    }
}
