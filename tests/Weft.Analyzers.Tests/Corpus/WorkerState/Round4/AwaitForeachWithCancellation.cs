// WEFT0004: `await foreach` over source.WithCancellation(ct).ConfigureAwait(false): every MoveNextAsync may resume
// off the loop, and the body adds to the worker's dedup set.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.AwaitForeachWithCancellation;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Dedup
{
    public HashSet<string> Seen { get; } = new();
}

public sealed class EventIngest
{
    public async Task<int> IngestAsync(IAsyncEnumerable<string> eventIds, CancellationToken ct)
    {
        var dedup = Dedup.Current;
        var fresh = 0;
        await foreach (var id in eventIds.WithCancellation(ct).ConfigureAwait(false))
        {
            if (dedup.Seen.Add(id)) fresh++; // expect: WEFT0004
        }

        return fresh;
    }
}
