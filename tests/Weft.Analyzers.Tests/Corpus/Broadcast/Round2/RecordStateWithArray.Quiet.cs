// Round 2. The record holds an ImmutableArray; each worker copies it into its own array.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Round2.RecordArray;

public sealed record WeightUpdate(string Pool, ImmutableArray<int> Weights);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Balancer
{
    private readonly Dictionary<string, int[]> _weights = new();

    [WorkerUpdate]
    public void Apply(WeightUpdate update) => _weights[update.Pool] = update.Weights.ToArray();
}

public static class Admin
{
    public static Task ReweighAsync(WorkerPool pool, string name, int[] weights) =>
        Balancer.ApplyOnAllWorkersAsync(pool, new WeightUpdate(name, ImmutableArray.Create(weights)));
}
