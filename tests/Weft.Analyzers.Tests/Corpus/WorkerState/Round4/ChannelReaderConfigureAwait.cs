// WEFT0004: a consumer loop whose condition awaits WaitToReadAsync(...).ConfigureAwait(false); every body after it
// may run off the loop, and it fills the worker's own cache. Task.Yield at the bottom does not bring it back (it
// yields to whatever context the code is on).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Round4.ChannelReaderConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RouteHits
{
    public Dictionary<string, long> ByRoute { get; } = new();
}

public sealed class HitConsumer
{
    public async Task ConsumeAsync(ChannelReader<string> reader, CancellationToken ct)
    {
        var hits = RouteHits.Current;
        while (await reader.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            while (reader.TryRead(out var route))
            {
                hits.ByRoute[route] = hits.ByRoute.GetValueOrDefault(route) + 1; // expect: WEFT0004
            }

            await Task.Yield();
        }
    }
}
