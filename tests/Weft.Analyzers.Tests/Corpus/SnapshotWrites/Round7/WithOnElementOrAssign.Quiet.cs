// WEFT0003: resetting failure counts of the backends of a snapshot, element by element. Each element is copied with
// `with { Failures = 0 }`: a new object per backend, the snapshot untouched: quiet.
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

namespace Corpus7b.WithOnElementOrAssignQuiet;

#pragma warning disable WEFT0001
public sealed record Backend
{
    public string Host { get; init; } = "";
    public int Failures { get; set; }
}

[ThreadLocalSlot]
public sealed partial class BackendTable
{
    public ImmutableArray<Backend> Backends { get; init; } = ImmutableArray<Backend>.Empty;
}
#pragma warning restore WEFT0001

public static class Reset
{
    public static List<Backend> Cleared()
    {
        var fresh = new List<Backend>();
        foreach (var b in BackendTable.Current.Backends)
        {
            fresh.Add(b with { Failures = 0 });
        }
        return fresh;
    }
}
