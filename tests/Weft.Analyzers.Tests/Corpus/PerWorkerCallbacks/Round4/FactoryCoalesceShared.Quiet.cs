// Quiet twin of FactoryCoalesceShared: the factory returns a new instance for every thread.
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
        CompressorCache.Initialize(pool, _ => new CompressorCache());
    }
}
