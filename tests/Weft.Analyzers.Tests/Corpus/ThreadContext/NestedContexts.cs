// Posted to the worker's own loop, but inside that callback the work is pushed on to the thread pool.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.Nested;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public Dictionary<string, long> LastSeen { get; } = new();
}

public static class Janitor
{
    public static void Schedule()
    {
        var sessions = Sessions.Current;
        Dispatcher.Current!.Post(() =>
        {
            _ = Task.Run(() => sessions.LastSeen.Clear()); // expect: WEFT0004
        });
    }
}
