// WEFT0004: a foreach writes the worker's in-flight table at the top of each iteration and awaits with
// ConfigureAwait(false) at the bottom: from the second iteration on, the write runs off the loop (WEFT0004 page:
// "After ConfigureAwait(false) anywhere in a loop, the code after the loop's awaits may be off the loop on every
// later iteration").
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ForeachSendLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class InFlight
{
    public Dictionary<int, int> BytesById { get; } = new();
}

public sealed class BatchSender
{
    public async Task SendAsync(Stream upstream, IReadOnlyList<(int Id, byte[] Body)> batch)
    {
        var inFlight = InFlight.Current;
        foreach (var (id, body) in batch)
        {
            inFlight.BytesById[id] = body.Length; // expect: WEFT0004
            await upstream.WriteAsync(body).ConfigureAwait(false);
        }
    }
}
