// Decision: WEFT0001 counts IReadOnlyList<T> as a view over a collection someone else can change; a List passed to
// an IReadOnlyList<T> [WorkerUpdate] parameter is the same mutable list on every worker.
// Round 2. The [WorkerUpdate] parameter is declared IReadOnlyList<string>; the caller passes its List.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round2.ReadOnlyParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Blocklist
{
    private readonly HashSet<string> _blocked = new();

    [WorkerUpdate]
    public void Load(IReadOnlyList<string> entries)
    {
        _blocked.Clear();
        _blocked.UnionWith(entries);
    }
}

public static class Admin
{
    public static Task LoadAsync(WorkerPool pool, List<string> entries) =>
        Blocklist.LoadOnAllWorkersAsync(pool, entries); // expect: WEFT0007
}
