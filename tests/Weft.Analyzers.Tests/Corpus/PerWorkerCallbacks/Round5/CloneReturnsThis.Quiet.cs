// Quiet twin of CloneReturnsThis: Clone builds a new instance copying the template's name.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.CloneReturnsThisQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
    public readonly int[] Counts = new int[8];
    public string Name { get; set; } = "";
}

public static class Templates
{
    public static HostCache Clone(this HostCache template) => new HostCache { Name = template.Name };
}

public static class Setup
{
    public static void Start(WorkerPool pool)
    {
        var template = new HostCache { Name = "edge" };
        HostCache.Initialize(pool, _ => template.Clone());
    }
}
