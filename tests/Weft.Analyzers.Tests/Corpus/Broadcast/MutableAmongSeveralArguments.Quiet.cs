// The same broadcast with a frozen dictionary.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Several;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Weights
{
    private readonly Dictionary<string, int> _bySource = new();

    [WorkerUpdate]
    private void Merge(string source, FrozenDictionary<string, int> weights, int generation)
    {
        foreach (var pair in weights)
        {
            _bySource[source + pair.Key] = pair.Value + generation;
        }
    }
}

public static class WeightsAdmin
{
    public static async Task PushAsync(WorkerPool pool, Dictionary<string, int> weights)
    {
        var frozen = weights.ToFrozenDictionary();
        await Weights.MergeOnAllWorkersAsync(pool, "dns", frozen, 3);
        Weights.MergeOnAllWorkers(pool, "file", frozen, 4, () => { });
    }
}
