// An abstract probe whose override reads the slot's Current, sampled through the base type from a timer callback
// posted back to the worker's loop. #escape: the read inside the override or the call in the
// callback.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.CurrentOffPool.Round10.OverrideReadsCurrentInTimerQuiet;

public abstract class Probe
{
    public abstract int Sample();
}

public sealed class HitProbe : Probe
{
    public override int Sample() => SessionCache.Current.Hits.Count;
}

public static class Sampling
{
    public static Timer Start()
    {
        Probe probe = new HitProbe();
        var home = Dispatcher.Current!;
        return new Timer(_ => home.Post(() => Console.WriteLine(probe.Sample())), null, 0, 1000);
    }
}
