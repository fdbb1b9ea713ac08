// Quiet twin: the captured collection is a ConcurrentBag made before the update.
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.NullCoalescingCapturedListQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    public string Name { get; set; } = "";
}

public static class Census
{
    public static async Task<int> CountAsync(WorkerPool pool)
    {
        var names = new ConcurrentBag<string>();
        await Session.UpdateAllAsync(pool, s => names.Add(s.Name));
        return names.Count;
    }
}
