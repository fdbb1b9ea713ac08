// Twin: the registry keeps each cache with its home dispatcher and posts the flush there.
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Calls.R8.RegistryTracksWorkerCacheQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public sealed class CacheRegistry
{
    private readonly List<(Dispatcher Home, DnsCache Cache)> _tracked = new();

    public void Track(Dispatcher home, DnsCache cache)
    {
        lock (_tracked)
        {
            _tracked.Add((home, cache));
        }
    }

    public void FlushAll()
    {
        lock (_tracked)
        {
            foreach (var (home, cache) in _tracked)
            {
                home.Post(() => cache.Names.Clear());
            }
        }
    }
}

public static class Wiring
{
    public static void OnWorkerStart(CacheRegistry registry) => registry.Track(Dispatcher.Current!, DnsCache.Current);
}
