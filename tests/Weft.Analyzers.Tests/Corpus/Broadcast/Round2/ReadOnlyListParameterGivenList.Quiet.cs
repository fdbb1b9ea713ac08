// Round 2. The [WorkerUpdate] parameter is an ImmutableArray; the caller converts its list once.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round2.ReadOnlyParam;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Blocklist
{
    private readonly HashSet<string> _blocked = new();

    [WorkerUpdate]
    public void Load(ImmutableArray<string> entries)
    {
        _blocked.Clear();
        _blocked.UnionWith(entries);
    }
}

public static class Admin
{
    public static Task LoadAsync(WorkerPool pool, List<string> entries) =>
        Blocklist.LoadOnAllWorkersAsync(pool, entries.ToImmutableArray());
}
