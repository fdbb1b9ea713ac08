// Quiet twin of ConcurrentDictionaryOfLists: the values are ImmutableLists swapped with AddOrUpdate (a new list per
// update; nothing is mutated in place).
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

namespace Corpus5b.ConcurrentDictionaryOfListsQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly ConcurrentDictionary<string, ImmutableList<string>> s_byZone = new();

    [WorkerUpdate]
    private void Place(string zone, string host) =>
        s_byZone.AddOrUpdate(zone, _ => ImmutableList.Create(host), (_, list) => list.Add(host));
}
