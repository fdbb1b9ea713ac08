// Parallel.ForEachAsync's body runs on pool threads: a Current read inside it has no worker.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ParallelForEachAsyncRead;

[ThreadLocalSlot]
public sealed partial class Weights
{
    public ImmutableDictionary<string, int> ByHost { get; init; } = ImmutableDictionary<string, int>.Empty;
}

public static class Scorer
{
    public static Task ScoreAsync(IEnumerable<string> hosts) =>
        Parallel.ForEachAsync(hosts, async (host, ct) =>
        {
            await Task.Yield();
            _ = Weights.Current.ByHost.GetValueOrDefault(host); // expect: WEFT0005
        });
}
