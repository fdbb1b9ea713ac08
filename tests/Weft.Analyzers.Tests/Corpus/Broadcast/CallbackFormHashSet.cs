// The generated callback form, with a HashSet argument.
using System;
using System.Collections.Generic;
using Weft;

namespace Corpus.Broadcast.CallbackForm;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    private readonly Dictionary<string, DateTime> _open = new();

    [WorkerUpdate]
    public void Kill(HashSet<string> ids)
    {
        foreach (var id in ids)
        {
            _open.Remove(id);
        }
    }
}

public static class SessionAdmin
{
    public static void KillAll(WorkerPool pool, IEnumerable<string> ids, Action done)
    {
        var set = new HashSet<string>(ids);
        Sessions.KillOnAllWorkers(pool, set, done); // expect: WEFT0007
    }
}
