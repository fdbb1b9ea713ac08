// The factory keeps a list of every instance it built: the list is appended to by every worker at once.
using System.Collections.Generic;
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
    private readonly List<Arena> _all = new();

    public IReadOnlyList<Arena> All => _all;

    public Task InitializeAsync(WorkerPool pool)
    {
        return Arena.InitializeAsync(pool, dispatcher =>
        {
            var arena = new Arena();
            _all.Add(arena); // expect: WEFT0008
            return arena;
        });
    }
}
