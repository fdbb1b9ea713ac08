// A yield-return iterator over the published list's elements; the caller builds reset copies and publishes a new list of them. Reported at the write.
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

namespace Corpus.Flow.Round10.IteratorYieldsPublishedElementsQuiet;

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
        var next = backends.Select(b => b.Failures > 0 ? new Backend { Host = b.Host } : b).ToList();
        slot.Publish(next);
    }
}
