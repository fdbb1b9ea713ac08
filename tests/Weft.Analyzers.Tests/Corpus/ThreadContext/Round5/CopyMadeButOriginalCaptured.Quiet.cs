// Quiet twin of CopyMadeButOriginalCaptured: the variable is reassigned to the copy before the lambda captures it, so
// the pool thread reads only the copy (flow, not text: the variable first held worker state).
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.CopyMadeButOriginalCapturedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Snapshot
{
    public static Task<int> Save()
    {
        var map = HostCache.Current.ByHost;
        map = new Dictionary<string, int>(map);
        return Task.Run(() => map.Sum(p => p.Value));
    }
}
