// Shared session table published on main, read on workers. Defect: a worker "renews" a session by taking a `with`
// copy of the snapshot and removing the expired entry from its Sessions dictionary — the copy shares the
// snapshot's dictionary (WEFT0003, as the page's `with` example; WEFT0001 on the mutable member).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Weft;

namespace Corpus6b.SessionTableWith;

public sealed record Session(string Id, string User, DateTime ExpiresAt);

[ThreadLocalSlot]
public sealed partial record SessionTable
{
    public long Version { get; init; }
    public Dictionary<string, Session> Sessions { get; init; } = new(); // expect: WEFT0001

    public Session? Find(string id) => Sessions.TryGetValue(id, out var s) && s.ExpiresAt > DateTime.UtcNow ? s : null;
}

public sealed class SessionJanitor
{
    public SessionTable Expire(string id)
    {
        SessionTable next = SessionTable.Current with { Version = SessionTable.Current.Version + 1 };
        next.Sessions.Remove(id); // expect: WEFT0003
        return next;
    }
}
