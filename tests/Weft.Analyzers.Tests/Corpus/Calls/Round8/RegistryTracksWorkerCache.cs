// WEFT0004: a helper object stores each worker's cache in its list (a call that stores its parameter in a field);
// another method flushes everything tracked on the thread pool. #escape on the tracking call and the flush.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.R8.RegistryTracksWorkerCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public sealed class CacheRegistry
{
    private readonly List<DnsCache> _tracked = new();

    public void Track(DnsCache cache)
    {
        lock (_tracked)
        {
            _tracked.Add(cache);
        }
    }

    public Task FlushAllAsync() => Task.Run(() => // expect: WEFT0004 #escape
    {
        lock (_tracked)
        {
            foreach (var cache in _tracked)
            {
                cache.Names.Clear(); // expect: WEFT0004 #escape
            }
        }
    });
}

public static class Wiring
{
    public static void OnWorkerStart(CacheRegistry registry) => registry.Track(DnsCache.Current); // expect: WEFT0004 #escape
}
