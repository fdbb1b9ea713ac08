// An update run on every worker fills a captured local with `??=` and appends to it: every thread assigns and
// changes the same captured variable at once.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.NullCoalescingCapturedList;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    public string Name { get; set; } = "";
}

public static class Census
{
    public static async Task<int> CountAsync(WorkerPool pool)
    {
        List<string>? names = null;
        await Session.UpdateAllAsync(pool, s =>
        {
            names ??= new List<string>(); // expect: WEFT0008
            names.Add(s.Name);
        });
        return names?.Count ?? 0;
    }
}
