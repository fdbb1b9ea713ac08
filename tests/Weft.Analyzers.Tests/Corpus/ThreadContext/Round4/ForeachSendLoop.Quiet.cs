// Quiet twin of ForeachSendLoop: the await resumes on the worker.
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
            inFlight.BytesById[id] = body.Length;
            await upstream.WriteAsync(body);
        }
    }
}
