// Round 2. The count is read on the worker; main only receives the number.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.ThreadContext.Round2.InvokeMain;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public Dictionary<string, long> Open { get; } = new();
}

public static class Census
{
    public static Task<int> CountOnMainAsync(WorkerPool pool)
    {
        int open = Sessions.Current.Open.Count;
        return pool.Main.InvokeAsync(() => open * 1);
    }
}
