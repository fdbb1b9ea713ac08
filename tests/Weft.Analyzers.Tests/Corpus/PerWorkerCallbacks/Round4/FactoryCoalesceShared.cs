// WEFT0008: the per-worker factory fills a captured local with ??= and returns it: the first thread's instance is
// then returned to every other thread (and the captured local is assigned from every thread).
using System.Collections.Generic;
using Weft;

namespace Corpus.Round4.FactoryCoalesceShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class CompressorCache
{
    public Dictionary<string, byte[]> Dictionaries { get; } = new();
}

public static class Startup
{
    public static void Configure(WorkerPool pool)
    {
        CompressorCache? shared = null;
        CompressorCache.Initialize(pool, _ => shared ??= new CompressorCache()); // expect: WEFT0008
    }
}
