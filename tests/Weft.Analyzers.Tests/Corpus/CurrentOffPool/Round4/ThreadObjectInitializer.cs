// WEFT0005: a Thread built with an object initializer around a method group; the method it runs reads Current on the
// new thread. Where the report lands (the read in the method or the thread's creation) the page leaves open: #escape.
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
        var thread = new Thread(Pump) { IsBackground = true, Name = "metrics-export" }; // expect: WEFT0005 #escape
        thread.Start();
    }

    public void Stop() => _stopped = true;

    void Pump()
    {
        while (!_stopped)
        {
            var settings = ExportSettings.Current; // expect: WEFT0005 #escape
            Thread.Sleep(settings.IntervalMs);
        }
    }
}
