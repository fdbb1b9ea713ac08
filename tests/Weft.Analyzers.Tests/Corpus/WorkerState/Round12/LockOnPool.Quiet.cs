// The same clearing, posted to the worker's own dispatcher: it runs on the thread that owns the state.
using System.Collections.Generic;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.R12.LockOnPoolQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    public List<string> Expired { get; } = [];
}

public static class Sweeper
{
    private static readonly Lock s_gate = new();

    public static void Sweep()
    {
        var sessions = Sessions.Current;
        Dispatcher.Current!.Post(() =>
        {
            using (s_gate.EnterScope())
            {
                sessions.Expired.Clear();
            }
        });
    }
}
