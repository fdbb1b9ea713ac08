// Quiet twin: the snapshot is read once on the worker and captured (it is immutable and shared by design).
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ParallelForEachAsyncReadQuiet;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableDictionary<string, int> ByHost { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Scorer
{
    public static Task ScoreAsync(IEnumerable<string> hosts)
    {
        var weights = Weights.Current;
        return Parallel.ForEachAsync(hosts, async (host, ct) =>
        {
            await Task.Yield();
            _ = weights.ByHost.GetValueOrDefault(host);
        });
    }
}
