// Round 2. A [WorkerUpdate] takes a record whose weights are an array: the one array reaches every worker.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round2.RecordArray;

public sealed record WeightUpdate(string Pool, int[] Weights);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Balancer
{
    private readonly Dictionary<string, int[]> _weights = new();

    [WorkerUpdate]
    public void Apply(WeightUpdate update) => _weights[update.Pool] = update.Weights;
}

public static class Admin
{
    public static Task ReweighAsync(WorkerPool pool, string name, int[] weights) =>
        Balancer.ApplyOnAllWorkersAsync(pool, new WeightUpdate(name, weights)); // expect: WEFT0007
}
