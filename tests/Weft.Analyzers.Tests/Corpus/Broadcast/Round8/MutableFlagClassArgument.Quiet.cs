// Twin: a sealed positional record (init-only).
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.MutableFlagClassArgumentQuiet;

public sealed record FlagChange(string Name, bool On);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagCache
{
    private readonly Dictionary<string, bool> _flags = new();

    [WorkerUpdate] public void Apply(FlagChange change) => _flags[change.Name] = change.On;
}

public static class Admin
{
    public static Task FlipAsync(WorkerPool pool, string name) =>
        FlagCache.ApplyOnAllWorkersAsync(pool, new FlagChange(name, true));
}
