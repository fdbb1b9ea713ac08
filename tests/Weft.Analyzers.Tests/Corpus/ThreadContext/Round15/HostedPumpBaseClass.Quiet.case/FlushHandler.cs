using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.Round15.HostedPumpBaseClassQuiet;

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

        Sample[] taken = [.. buffer.Pending];
        buffer.Pending.Clear();
        _ = new StatsPump(taken, export).StartAsync(ct);
    }
}
