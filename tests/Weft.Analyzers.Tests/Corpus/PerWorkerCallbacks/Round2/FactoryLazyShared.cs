// Round 2. `shared ??= new …` in the factory: the first worker creates the cache, every other worker gets the same one.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round2.LazyShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Lru
{
    public Dictionary<string, string> Items { get; } = new();
}

public static class Setup
{
    public static Task RunAsync(WorkerPool pool)
    {
        Lru? shared = null;
        return Lru.InitializeAsync(pool, _ => shared ??= new Lru()); // expect: WEFT0008
    }
}
