// C# 14 extension block method on a ConcurrentQueue, called on a captured queue in an update run on every worker.
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R12.ExtensionOnCapturedQuiet;

public static class QueueExtensions
{
    extension(ConcurrentQueue<string> queue)
    {
        public void Track(string name) => queue.Enqueue(name);
    }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Identity
{
    public string Name { get; } = "w";
}

public static class Roll
{
    public static async Task<ConcurrentQueue<string>> Names(WorkerPool pool)
    {
        ConcurrentQueue<string> names = [];
        await Identity.UpdateAllAsync(pool, id => names.Track(id.Name));
        return names;
    }
}
