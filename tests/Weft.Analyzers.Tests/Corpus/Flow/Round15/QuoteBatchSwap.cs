// Round 15, WEFT0002, order by flow: a quote pump batches an IAsyncEnumerable feed and publishes every 64 quotes. It
// double-buffers with a tuple swap: after the swap `batch` holds the list published on the previous round, and the
// Clear below (then the next pass's Add) writes it while workers may still read it. The page: in a loop, an object an
// earlier pass published stays published wherever it is still held.
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.QuoteBatchSwap;

public readonly record struct Quote(string Symbol, decimal Bid, decimal Ask);

public sealed class QuotePump(Slot<IReadOnlyList<Quote>> board)
{
    public async Task RunAsync(IAsyncEnumerable<Quote> feed, CancellationToken ct)
    {
        List<Quote> batch = new(64), spare = new(64);
        await foreach (var quote in feed.WithCancellation(ct))
        {
            if (quote is not { Bid: > 0, Ask: > 0 })
            {
                continue;
            }

            batch.Add(quote); // expect: WEFT0002
            if (batch.Count < 64)
            {
                continue;
            }

            board.Publish(batch);
            (batch, spare) = (spare, batch);
            batch.Clear(); // expect: WEFT0002
        }
    }
}
