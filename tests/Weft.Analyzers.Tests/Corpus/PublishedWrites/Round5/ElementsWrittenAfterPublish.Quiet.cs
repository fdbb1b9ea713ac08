// Quiet twin of ElementsWrittenAfterPublish: the element writes happen before the publish; after it, ForEach and the
// loops only read.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ElementsWrittenAfterPublishQuiet;

public sealed class Backend
{
    public int Weight;
    public bool Drained;
}

public static class Publisher
{
    public static int Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<Backend>>();
        var backends = new List<Backend> { new(), new() };
        backends.ForEach(b => b.Weight = 1);
        for (int i = 0; i < backends.Count; i++)
        {
            backends[i].Weight *= 2;
        }

        slot.Publish(backends);
        int total = 0;
        backends.ForEach(b => total += b.Weight);
        foreach (var b in backends)
        {
            if (b.Drained) break;
            total++;
        }

        return total;
    }
}
