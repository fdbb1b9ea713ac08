// A derived class in a third file hands a copy of the inherited counters, taken on
// the worker to the pool. Reported at the Task.Run.
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

namespace Corpus.WorkerState.Round10.BaseClassKeepsSlotValueQuiet;

public sealed class Uploader : WorkerComponent
{
    private static void Send(IReadOnlyDictionary<string, long> counters) => Console.WriteLine(counters.Count);

    public Task Upload()
    {
        var counters = new Dictionary<string, long>(Counters);
        return Task.Run(() => Send(counters));
    }
}
