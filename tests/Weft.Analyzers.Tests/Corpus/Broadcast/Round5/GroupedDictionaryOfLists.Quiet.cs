// Quiet twin of GroupedDictionaryOfLists: the grouping is an ImmutableDictionary of ImmutableArrays.
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

namespace Corpus5b.GroupedDictionaryOfListsQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Zones
{
    private readonly Dictionary<string, int> _sizes = new();

    [WorkerUpdate]
    private void Apply(ImmutableDictionary<string, ImmutableArray<string>> byZone)
    {
        foreach (var pair in byZone)
        {
            _sizes[pair.Key] = pair.Value.Length;
        }
    }
}

public static class Admin
{
    public static Task Regroup(WorkerPool pool, IEnumerable<(string Zone, string Host)> hosts) =>
        Zones.ApplyOnAllWorkersAsync(pool, hosts.GroupBy(h => h.Zone).ToImmutableDictionary(g => g.Key, g => g.Select(h => h.Host).ToImmutableArray()));
}
