// Round 15, WEFT0008, a dependency-injected module: a class with a primary constructor (the pool and the options it is
// given) builds a template cache in a field initializer and its Start hands every worker that one instance from the
// per-worker factory.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Round15.ModuleTemplateFactory;

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
    private readonly ResponseCache _template = new(options.Capacity);

    public void Start() => ResponseCache.Initialize(pool, _ => _template); // expect: WEFT0008

    public TimeSpan Ttl => options.Ttl;
}
