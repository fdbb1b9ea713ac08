// The generated callback form, with an ImmutableHashSet argument.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus.Broadcast.CallbackForm;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    private readonly Dictionary<string, DateTime> _open = new();

    [WorkerUpdate]
    public void Kill(ImmutableHashSet<string> ids)
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
        Sessions.KillOnAllWorkers(pool, ids.ToImmutableHashSet(), done);
    }
}
