// WEFT0002: a foreach publishes the object when it meets a marker and keeps going; the write below the publish (and
// the one at the top of the next pass) may run after it.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ForeachPublishWithoutBreak;

public sealed class Batch
{
    public List<string> Lines { get; } = new();
}

public static class Publisher
{
    public static void Run(WorkerPool pool, IEnumerable<string> lines)
    {
        var slot = pool.AllocateSlot<Batch>();
        var batch = new Batch();
        foreach (var line in lines)
        {
            if (line == "--commit--")
            {
                slot.Publish(batch);
                continue;
            }

            batch.Lines.Add(line); // expect: WEFT0002
        }
    }
}
