// Quiet twin of CompletionCallbackWrites: the completion and the continuation only read the published objects and
// record what they saw in state of the publisher's own.
using System.Threading.Tasks;
using Weft;

namespace Corpus5a.CompletionCallbackWritesQuiet;

public sealed class Epoch
{
    public bool Applied;
    public long Number;
}

public sealed class Log
{
    public long LastApplied;
}

public static class Publisher
{
    public static Task Run(WorkerPool pool, Log log)
    {
        var slot = pool.AllocateSlot<Epoch>();
        var first = new Epoch { Number = 1, Applied = true };
        slot.Publish(first, () => log.LastApplied = first.Number);
        var second = new Epoch { Number = 2, Applied = true };
        return slot.PublishAsync(second).ContinueWith(_ => log.LastApplied = second.Number);
    }
}
