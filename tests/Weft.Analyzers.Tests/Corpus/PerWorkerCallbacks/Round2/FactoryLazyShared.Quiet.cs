// Round 2. The factory captures only an immutable capacity and builds a new cache per worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Round2.LazyShared;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Lru
{
    public Lru(int capacity) => Items = new Dictionary<string, string>(capacity);

    public Dictionary<string, string> Items { get; }
}

public static class Setup
{
    public static Task RunAsync(WorkerPool pool, int capacity)
    {
        return Lru.InitializeAsync(pool, _ => new Lru(capacity));
    }
}
