// Round 15, WEFT0002 quiet twin: after each publish the pump starts a new list instead of swapping back the one
// published before.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.QuoteBatchSwapQuiet;

public readonly record struct Quote(string Symbol, decimal Bid, decimal Ask);

public sealed class QuotePump(Slot<IReadOnlyList<Quote>> board)
{
    public async Task RunAsync(IAsyncEnumerable<Quote> feed, CancellationToken ct)
    {
        List<Quote> batch = new(64);
        await foreach (var quote in feed.WithCancellation(ct))
        {
            if (quote is not { Bid: > 0, Ask: > 0 })
            {
                continue;
            }

            batch.Add(quote);
            if (batch.Count < 64)
            {
                continue;
            }

            board.Publish(batch);
            batch = new(64);
        }
    }
}
