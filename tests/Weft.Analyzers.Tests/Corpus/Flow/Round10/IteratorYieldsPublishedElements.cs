// A yield-return iterator over the published list's elements; the caller resets the failures of each element it gets,
// i.e. of the published backends. Reported at the write.
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

namespace Corpus.Flow.Round10.IteratorYieldsPublishedElements;

public sealed class Backend
{
    public string Host { get; init; } = "";

    public int Failures { get; set; }
}

public static class Health
{
    public static IEnumerable<Backend> Failing(List<Backend> all)
    {
        foreach (var backend in all)
        {
            if (backend.Failures > 0)
            {
                yield return backend;
            }
        }
    }

    public static void Reset(Slot<List<Backend>> slot, List<Backend> backends)
    {
        slot.Publish(backends);
        foreach (var backend in Failing(backends))
        {
            backend.Failures = 0; // expect: WEFT0002
        }
    }
}
