// Quiet twin: the async helper returns an ImmutableArray.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AsyncHelperReturnsListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Peers
{
    private int _count;

    [WorkerUpdate]
    private void Replace(IReadOnlyList<string> peers) => _count = peers.Count;
}

public static class Discovery
{
    private static async Task<IReadOnlyList<string>> LoadAsync()
    {
        await Task.Yield();
        var found = new List<string> { "a", "b" };
        return found.ToImmutableArray();
    }

    public static async Task RefreshAsync(WorkerPool pool)
    {
        var peers = await LoadAsync();
        await Peers.ReplaceOnAllWorkersAsync(pool, peers);
    }
}
