// Quiet twin of SessionTableWith: Sessions is an ImmutableDictionary; the worker builds a new table and the
// caller hands the new table to main to publish (page's "Right").
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
    public ImmutableDictionary<string, Session> Sessions { get; init; } = ImmutableDictionary<string, Session>.Empty;

    public Session? Find(string id) => Sessions.TryGetValue(id, out var s) && s.ExpiresAt > DateTime.UtcNow ? s : null;
}

public sealed class SessionJanitor
{
    public SessionTable Expire(string id)
    {
        SessionTable next = SessionTable.Current with { Version = SessionTable.Current.Version + 1 };
        next = next with { Sessions = next.Sessions.Remove(id) };
        return next;
    }
}
