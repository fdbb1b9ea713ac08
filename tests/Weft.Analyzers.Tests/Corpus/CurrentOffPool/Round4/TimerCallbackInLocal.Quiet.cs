// Quiet twin of TimerCallbackInLocal: the snapshot is read where the logger is built (on a worker) and the timer
// callback only reads the captured snapshot, which any thread may read.
using System;
using System.Collections.Immutable;
using System.Threading;
using Weft;

namespace Corpus.Round4.TimerCallbackInLocal;

[ThreadLocalSlot]
public sealed partial class FeatureFlags
{
    public ImmutableHashSet<string> Enabled { get; init; } = ImmutableHashSet<string>.Empty;
}

public sealed class FlagLogger : IDisposable
{
    readonly Timer _timer;

    public FlagLogger()
    {
        var flags = FeatureFlags.Current;
        TimerCallback tick = _ =>
        {
            Console.WriteLine(string.Join(",", flags.Enabled));
        };
        _timer = new Timer(tick, null, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    public void Dispose() => _timer.Dispose();
}
