// Slot<T>.Set's per-worker factory builds a new counter per worker and registers it in a tracker captured from the
// caller; reported at the call inside the factory (the callback mutates what the captured local holds).
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

namespace Corpus.PerWorkerCallbacks.Round10.SetFactoryTracksInRegistry;

public sealed class Counter
{
    public long Value;
}

public static class Setup
{
    public static Tracker<Counter> Run(Slot<Counter> slot)
    {
        var tracker = new Tracker<Counter>();
        slot.Set(_ => tracker.Track(new Counter())); // expect: WEFT0008
        return tracker;
    }
}
