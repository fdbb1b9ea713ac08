// The registry is a concurrent bag.
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft;

namespace Corpus.PerWorkerCallbacks.Registry;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Arena
{
    public byte[] Memory { get; } = new byte[1 << 16];
}

public sealed class ArenaSetup
{
    private readonly ConcurrentBag<Arena> _all = new();

    public int Count => _all.Count;

    public Task InitializeAsync(WorkerPool pool)
    {
        return Arena.InitializeAsync(pool, dispatcher =>
        {
            var arena = new Arena();
            _all.Add(arena);
            return arena;
        });
    }
}
