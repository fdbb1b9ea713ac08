// WEFT0004: TimeProvider.System.CreateTimer (in the page's table) trims the worker's rate buckets.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R8.TimeProviderTimerTrims;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateBuckets
{
    public readonly Dictionary<string, int> Tokens = new();
}

public static class Trimmer
{
    public static ITimer Start(TimeProvider time)
    {
        var buckets = RateBuckets.Current;
        return time.CreateTimer(_ => buckets.Tokens.Clear(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1)); // expect: WEFT0004
    }
}
