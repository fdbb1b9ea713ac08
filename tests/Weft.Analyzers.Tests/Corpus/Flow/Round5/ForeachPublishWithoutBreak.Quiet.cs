// Quiet twin of ForeachPublishWithoutBreak: the loop `break`s right after the publish, so no write runs after it.
using System.Collections.Generic;
using Weft;

namespace Corpus5a.ForeachPublishWithoutBreakQuiet;

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
                break;
            }

            batch.Lines.Add(line);
        }
    }
}
