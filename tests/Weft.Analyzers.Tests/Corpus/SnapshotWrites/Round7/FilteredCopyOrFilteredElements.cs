// WEFT0003: a LINQ pipeline over the snapshot's backends. It materialises the elements themselves (`Where(..).ToList()`) and writes one of them: a shared backend.
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

namespace Corpus7b.FilteredCopyOrFilteredElements;

#pragma warning disable WEFT0001
public sealed class Backend
{
    public string Host { get; init; } = "";
    public bool Active { get; set; }
}

[ThreadLocalSlot]
public sealed partial class BackendTable
{
    public ImmutableArray<Backend> Backends { get; init; } = ImmutableArray<Backend>.Empty;
}
#pragma warning restore WEFT0001

public static class Picking
{
    public static int Pick()
    {
        var active = BackendTable.Current.Backends.Where(b => b.Active).ToList();
        if (active.Count > 0) active[0].Active = false; // expect: WEFT0003
        return active.Count;
    }
}
