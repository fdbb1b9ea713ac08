// WEFT0008: the factory returns `template.Clone()` of a captured template, and that Clone returns `this` (a helper that
// returns its receiver): every worker gets the template itself.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.CloneReturnsThis;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Templates
{
    public static HostCache Clone(this HostCache template) => template;
}

public static class Setup
{
    public static void Start(WorkerPool pool)
    {
        var template = new HostCache { Name = "edge" };
        HostCache.Initialize(pool, _ => template.Clone()); // expect: WEFT0008
    }
}
