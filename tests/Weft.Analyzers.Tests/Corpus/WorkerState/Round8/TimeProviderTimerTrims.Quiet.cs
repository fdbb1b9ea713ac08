// Twin: the timer callback only posts to the worker's own dispatcher, which trims there.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.WorkerState.R8.TimeProviderTimerTrimsQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateBuckets
{
    public readonly Dictionary<string, int> Tokens = new();
}

public static class Trimmer
{
    public static ITimer Start(TimeProvider time)
    {
        var home = Dispatcher.Current!;
        return time.CreateTimer(_ => home.Post(() => RateBuckets.Current.Tokens.Clear()), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }
}
