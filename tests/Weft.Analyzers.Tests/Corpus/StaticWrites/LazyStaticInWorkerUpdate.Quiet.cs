// A static readonly Lazy<T> builds the shared registry once, thread-safely.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.LazyStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Codecs
{
    private static readonly Lazy<FrozenDictionary<string, int>> s_registry = new(() => new Dictionary<string, int> { ["gzip"] = 1 }.ToFrozenDictionary());
    private readonly List<string> _names = new();

    [WorkerUpdate]
    private void Register(string name)
    {
        if (s_registry.Value.ContainsKey(name))
        {
            _names.Add(name);
        }
    }
}
