// Round 15, WEFT0002 across an async iterator: the batching iterator yields its one buffer and clears it when the
// consumer asks for the next batch; the consumer publishes every batch it gets. The Clear after the `yield return`
// runs after the consumer's publish, and empties the published list. Reading taken (doc gap): the page does not say
// where a write inside an iterator, after the yield, to what the consumer published is reported: #escape group on the
// iterator's Clear, its refill and the consumer's publish.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft.Slots;

namespace Corpus.Round15.IteratorReusesBuffer;

public sealed class LogShipper(Slot<List<string>> recent)
{
    public async Task ShipAsync(IAsyncEnumerable<string> lines, CancellationToken ct)
    {
        await foreach (var batch in Batches(lines, 32, ct))
        {
            recent.Publish(batch); // expect: WEFT0002 #buffer
        }
    }

    private static async IAsyncEnumerable<List<string>> Batches(
        IAsyncEnumerable<string> lines, int size, [EnumeratorCancellation] CancellationToken ct)
    {
        var buffer = new List<string>(size);
        await foreach (var line in lines.WithCancellation(ct))
        {
            buffer.Add(line); // expect: WEFT0002 #buffer
            if (buffer.Count == size)
            {
                yield return buffer;
                buffer.Clear(); // expect: WEFT0002 #buffer
            }
        }
    }
}
