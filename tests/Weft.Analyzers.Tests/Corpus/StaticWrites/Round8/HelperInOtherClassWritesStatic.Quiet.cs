// Twin: the helper's static is a ConcurrentDictionary updated with AddOrUpdate.
using System.Collections.Concurrent;
using System.Collections.Generic;
using Weft;

namespace Corpus.StaticWrites.R8.HelperInOtherClassWritesStaticQuiet;

public static class HostRegistry
{
    private static readonly ConcurrentDictionary<string, int> s_hits = new();

    public static void Remember(string host) => s_hits.AddOrUpdate(host, 1, static (_, n) => n + 1);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Resolver
{
    private readonly Dictionary<string, string> _cache = new();

    [WorkerUpdate]
    public void Warm(string host)
    {
        _cache[host] = host;
        HostRegistry.Remember(host);
    }
}
