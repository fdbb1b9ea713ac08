// Quiet twin of ChannelReaderConfigureAwait: plain awaits (and Task.Yield) resume on the worker's loop.
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
        while (await reader.WaitToReadAsync(ct))
        {
            while (reader.TryRead(out var route))
            {
                hits.ByRoute[route] = hits.ByRoute.GetValueOrDefault(route) + 1;
            }

            await Task.Yield();
        }
    }
}
