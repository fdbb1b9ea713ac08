// A metrics flusher loop on a worker: each pass moves the worker's pending samples into a batch and writes it to the
// sink with a plain await, which resumes on the worker's loop (quiet twin of FlushLoopConfigureAwait).
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.R16.FlushLoopConfigureAwait;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PendingSamples
{
    public List<double> Values { get; } = new();
}

public interface ISampleSink
{
    Task WriteAsync(double[] batch, CancellationToken ct);
}

public static class Flusher
{
    public static async Task RunAsync(ISampleSink sink, CancellationToken ct)
    {
        var pending = PendingSamples.Current;
        while (!ct.IsCancellationRequested)
        {
            double[] batch = pending.Values.ToArray();
            pending.Values.Clear();
            await sink.WriteAsync(batch, ct);
            await Task.Delay(1000, ct);
        }
    }
}
