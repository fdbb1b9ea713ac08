// Quiet twin of StaticDictionaryInnerListAdd: the inner collections are ConcurrentBags in a ConcurrentDictionary.
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

namespace Corpus5b.StaticDictionaryInnerListAddQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    private static readonly ConcurrentDictionary<string, ConcurrentBag<string>> s_aliases = new();

    [WorkerUpdate]
    private void Alias(string name) => s_aliases.GetOrAdd("default", _ => new ConcurrentBag<string>()).Add(name);
}
