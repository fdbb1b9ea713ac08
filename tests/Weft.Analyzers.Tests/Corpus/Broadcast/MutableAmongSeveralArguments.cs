// One mutable argument among several, in the generated callback-less and callback forms.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Several;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Weights
{
    private readonly Dictionary<string, int> _bySource = new();

    [WorkerUpdate]
    private void Merge(string source, Dictionary<string, int> weights, int generation)
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
        await Weights.MergeOnAllWorkersAsync(pool, "dns", weights, 3); // expect: WEFT0007
        Weights.MergeOnAllWorkers(pool, "file", weights, 4, () => { }); // expect: WEFT0007
    }
}
