// Round 15, WEFT0008 quiet twin: the factory builds a new cache for each worker from the options.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.ModuleTemplateFactoryQuiet;

public sealed record CacheOptions(int Capacity, TimeSpan Ttl);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ResponseCache(int capacity)
{
    private readonly Dictionary<string, byte[]> _entries = new(capacity);

    public bool TryGet(string key, out byte[]? body) => _entries.TryGetValue(key, out body);

    public void Put(string key, byte[] body)
    {
        if (_entries.Count < capacity)
        {
            _entries[key] = body;
        }
    }
}

public sealed class CacheModule(WorkerPool pool, CacheOptions options)
{
    public void Start() => ResponseCache.Initialize(pool, _ => new ResponseCache(options.Capacity));

    public TimeSpan Ttl => options.Ttl;
}
