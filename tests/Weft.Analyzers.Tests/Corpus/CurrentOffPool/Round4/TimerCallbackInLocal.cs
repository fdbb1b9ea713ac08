// WEFT0005: the timer callback is a lambda stored in a TimerCallback local first, then handed to
// System.Threading.Timer; it reads Current on the timer thread. The read is the report's place (the page: "the
// message names the member read").
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
        TimerCallback tick = _ =>
        {
            var flags = FeatureFlags.Current; // expect: WEFT0005
            Console.WriteLine(string.Join(",", flags.Enabled));
        };
        _timer = new Timer(tick, null, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    public void Dispose() => _timer.Dispose();
}
