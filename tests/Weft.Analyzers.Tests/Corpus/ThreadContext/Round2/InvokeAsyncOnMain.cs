// Round 2. InvokeAsync on main runs the function on main's loop: it reads the worker's dictionary from another thread.
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
        var sessions = Sessions.Current;
        return pool.Main.InvokeAsync(() => sessions.Open.Count); // expect: WEFT0004
    }
}
