// Quiet twin of HelperBuiltDictionary: the helper's result is frozen before it is broadcast.
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.HelperBuiltDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WeightedBalancer
{
    IReadOnlyDictionary<string, int> _weights = FrozenDictionary<string, int>.Empty;

    [WorkerUpdate]
    void SetWeights(IReadOnlyDictionary<string, int> weights) => _weights = weights;
}

public static class BalancerConfig
{
    public static Task ApplyAsync(WorkerPool pool, IEnumerable<(string Host, int Weight)> rows) =>
        WeightedBalancer.SetWeightsOnAllWorkersAsync(pool, BuildWeights(rows).ToFrozenDictionary());

    static Dictionary<string, int> BuildWeights(IEnumerable<(string Host, int Weight)> rows)
    {
        var weights = new Dictionary<string, int>();
        foreach (var (host, weight) in rows) weights[host] = weight;
        return weights;
    }
}
