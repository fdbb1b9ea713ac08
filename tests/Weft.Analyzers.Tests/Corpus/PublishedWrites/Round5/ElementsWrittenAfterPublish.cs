// WEFT0002: elements of a published list (objects placed inside it) are written after the publish by List<T>.ForEach
// with a mutating lambda, a foreach with `break`, and a `for` loop over the index.
// Reading: an object placed inside the published collection is reachable by every worker, so writing it is a write to
// published data (the page lists "a collection placed inside it"; we read elements the same way).
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ElementsWrittenAfterPublish;

public sealed class Backend
{
    public int Weight;
    public bool Drained;
}

public static class Publisher
{
    public static void Run(WorkerPool pool)
    {
        var slot = pool.AllocateSlot<List<Backend>>();
        var backends = new List<Backend> { new(), new() };
        slot.Publish(backends);
        backends.ForEach(b => b.Weight = 1); // expect: WEFT0002
        foreach (var b in backends)
        {
            if (b.Drained) break;
            b.Drained = true; // expect: WEFT0002
        }

        for (int i = 0; i < backends.Count; i++)
        {
            backends[i].Weight *= 2; // expect: WEFT0002
        }
    }
}
