// WEFT0006: a static auto-property of another class (its hidden backing field is static state) is incremented with
// += from an UpdateAllAsync callback, which runs on every thread. Reading: a static auto-property's += is the static
// field's read-modify-write; the page names fields, and the property only hides the field.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus5b.StaticAutoPropertyFromUpdateAll;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Metrics
{
    public static long Entries { get; set; }
}

public static class Census
{
    public static Task CountAsync(WorkerPool pool) =>
        HostCache.UpdateAllAsync(pool, cache => Metrics.Entries += cache.ByHost.Count); // expect: WEFT0006
}
