// WEFT0007: the broadcast argument is the Dictionary a helper builds (a call expression, no local). Reading taken
// (as round 2 did for lists): the argument's own type decides, even though the [WorkerUpdate] parameter is an
// IReadOnlyDictionary — the one mutable Dictionary reaches every worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.HelperBuiltDictionary;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WeightedBalancer
{
    IReadOnlyDictionary<string, int> _weights = new Dictionary<string, int>();

    [WorkerUpdate]
    void SetWeights(IReadOnlyDictionary<string, int> weights) => _weights = weights;
}

public static class BalancerConfig
{
    public static Task ApplyAsync(WorkerPool pool, IEnumerable<(string Host, int Weight)> rows) =>
        WeightedBalancer.SetWeightsOnAllWorkersAsync(pool, BuildWeights(rows)); // expect: WEFT0007

    static Dictionary<string, int> BuildWeights(IEnumerable<(string Host, int Weight)> rows)
    {
        var weights = new Dictionary<string, int>();
        foreach (var (host, weight) in rows) weights[host] = weight;
        return weights;
    }
}
