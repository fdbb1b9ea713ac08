using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round15.HostedPumpBaseClass;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class StatsBuffer
{
    public List<Sample> Pending { get; } = [];
}

public static class FlushHandler
{
    public static void Flush(Action<string, double> export, CancellationToken ct)
    {
        var buffer = StatsBuffer.Current;
        if (buffer.Pending is [])
        {
            return;
        }

        _ = new StatsPump(buffer.Pending, export).StartAsync(ct); // expect: WEFT0004
    }
}
