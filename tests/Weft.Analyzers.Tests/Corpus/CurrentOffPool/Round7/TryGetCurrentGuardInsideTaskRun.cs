// WEFT0005: a "safe-looking" fallback. TryGetCurrent is called inside Task.Run with a fallback: the page says TryGetCurrent carries
// [RequiresLoopThread] too, so the read is reported although it does not throw (on a pool thread it never finds the
// worker's value).
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

namespace Corpus7b.TryGetCurrentGuardInsideTaskRun;

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
        return Task.Run(() => (RouteTable.TryGetCurrent(out var t) ? t : s_empty).Version); // expect: WEFT0005
    }
}
