// WEFT0007: a feature-flag update class with settable properties is broadcast to every worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.MutableFlagClassArgument;

public sealed class FlagChange
{
    public string Name { get; set; } = "";
    public bool On { get; set; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FlagCache
{
    private readonly Dictionary<string, bool> _flags = new();

    [WorkerUpdate] public void Apply(FlagChange change) => _flags[change.Name] = change.On;
}

public static class Admin
{
    public static Task FlipAsync(WorkerPool pool, string name) =>
        FlagCache.ApplyOnAllWorkersAsync(pool, new FlagChange { Name = name, On = true }); // expect: WEFT0007
}
