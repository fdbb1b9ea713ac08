// WEFT0006: a static ConcurrentDictionary whose values are plain Lists: GetOrAdd is thread-safe, but the List it returns
// is shared by every worker and `.Add` on it races. Reading: a static concurrent collection does not make what it holds
// thread-safe; the List reached through it is static shared state (the page: "or what they hold" for captured state).
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

namespace Corpus5b.ConcurrentDictionaryOfLists;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly ConcurrentDictionary<string, List<string>> s_byZone = new();

    [WorkerUpdate]
    private void Place(string zone, string host) => s_byZone.GetOrAdd(zone, _ => new List<string>()).Add(host); // expect: WEFT0006
}
