// WEFT0005: a "safe-looking" fallback. The snapshot is read on the worker with TryGetCurrent and only the result goes
// to Task.Run: quiet.
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

namespace Corpus7b.TryGetCurrentGuardInsideTaskRunQuiet;

[ThreadLocalSlot]
public sealed partial class RouteTable
{
    public int Version { get; init; }
}

public static class Fallback
{
    private static readonly RouteTable s_empty = new();

    public static Task<int> VersionAsync()
    {
        var table = RouteTable.TryGetCurrent(out var t) ? t : s_empty;
        return Task.Run(() => table.Version);
    }
}
