// An async helper returns its List as an IReadOnlyList; the awaited value is broadcast. Reading taken: the awaited
// value is what the helper's `return` hands back (the page's "judged by what every return hands back").
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.AsyncHelperReturnsList;

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
        return found;
    }

    public static async Task RefreshAsync(WorkerPool pool)
    {
        var peers = await LoadAsync();
        await Peers.ReplaceOnAllWorkersAsync(pool, peers); // expect: WEFT0007
    }
}
