// WEFT0004: the single-field form of RegistryTracksWorkerCache: the helper stores its parameter in a field (not a
// list), another method clears it on the thread pool. #escape on the call, the store and the use.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.R8.RegistryTracksSingleField;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DnsCache
{
    public readonly Dictionary<string, string> Names = new();
}

public sealed class CacheRegistry
{
    private DnsCache? _last;

    public void Track(DnsCache cache) => _last = cache; // expect: WEFT0004 #escape

    public Task FlushAsync() => Task.Run(() => _last?.Names.Clear()); // expect: WEFT0004 #escape
}

public static class Wiring
{
    public static void OnWorkerStart(CacheRegistry registry) => registry.Track(DnsCache.Current); // expect: WEFT0004 #escape
}
