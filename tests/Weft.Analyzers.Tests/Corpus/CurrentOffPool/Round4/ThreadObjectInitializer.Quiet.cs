// Quiet twin of ThreadObjectInitializer: the settings snapshot is read on the worker and handed to the thread; a
// snapshot may be read on any thread.
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.Round4.ThreadObjectInitializer;

[ThreadLocalSlot]
public sealed partial class ExportSettings
{
    public ImmutableArray<string> Sinks { get; init; } = ImmutableArray<string>.Empty;
    public int IntervalMs { get; init; } = 1000;
}

public sealed class MetricsExporter
{
    volatile bool _stopped;

    public void Start()
    {
        var settings = ExportSettings.Current;
        var thread = new Thread(() => Pump(settings)) { IsBackground = true, Name = "metrics-export" };
        thread.Start();
    }

    public void Stop() => _stopped = true;

    void Pump(ExportSettings settings)
    {
        while (!_stopped)
        {
            Thread.Sleep(settings.IntervalMs);
        }
    }
}
