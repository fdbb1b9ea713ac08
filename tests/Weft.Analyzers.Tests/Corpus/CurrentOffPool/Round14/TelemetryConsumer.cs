// A worker consumes telemetry events from a channel and batches them to an exporter. At the top of each pass it reads
// the sampling settings published to every worker; at the bottom, when a batch is full, it awaits the export with
// ConfigureAwait(false). From the second pass on, the loop may run on a pool thread (the channel's plain await then
// resumes there too), so the read at the top of the pass is off the loop (WEFT0005: after ConfigureAwait(false)
// anywhere in a loop, the code after the loop's awaits may be off the loop on every later iteration). The quiet twin
// awaits the export plainly.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Weft;

namespace Corpus.CurrentOffPool.R14.TelemetryConsumerDefect;

[ThreadLocalSlot]
public sealed partial class Sampling
{
    public double Rate { get; init; } = 0.1;
    public int BatchSize { get; init; } = 500;
}

public readonly record struct TelemetryEvent(string Name, long TraceId, double DurationMs);

public interface IExporter
{
    Task ExportAsync(IReadOnlyList<TelemetryEvent> batch, CancellationToken ct);
}

public sealed class TelemetryConsumer
{
    private readonly ChannelReader<TelemetryEvent> _events;
    private readonly IExporter _exporter;
    private readonly List<TelemetryEvent> _batch = new();
    private long _sampledOut;

    public TelemetryConsumer(ChannelReader<TelemetryEvent> events, IExporter exporter)
    {
        _events = events;
        _exporter = exporter;
    }

    public long SampledOut => _sampledOut;

    public async Task RunAsync(CancellationToken ct)
    {
        while (await _events.WaitToReadAsync(ct))
        {
            var sampling = Sampling.Current; // expect: WEFT0005 "Sampling"
            while (_events.TryRead(out var item))
            {
                if ((ulong)item.TraceId % 10000 >= (ulong)(sampling.Rate * 10000))
                {
                    _sampledOut++;
                    continue;
                }

                _batch.Add(item);
            }

            if (_batch.Count >= sampling.BatchSize)
            {
                var full = _batch.ToArray();
                _batch.Clear();
                await _exporter.ExportAsync(full, ct).ConfigureAwait(false);
            }
        }
    }
}
