// Quiet twin of SessionRevocationArray: the ids travel as an ImmutableArray<string>.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus6b.SessionRevocationArray;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class WorkerSessions
{
    private readonly Dictionary<string, string> _userBySession = new(StringComparer.Ordinal);

    public void Open(string session, string user) => _userBySession[session] = user;

    [WorkerUpdate]
    private void Revoke(string user, ImmutableArray<string> sessionIds)
    {
        foreach (string id in sessionIds)
        {
            if (_userBySession.TryGetValue(id, out string? owner) && owner == user) _userBySession.Remove(id);
        }
    }
}

public static class Revocation
{
    public static Task RevokeAsync(WorkerPool pool, string user, IEnumerable<string> sessionIds)
    {
        ImmutableArray<string> ids = sessionIds.Where(id => id.Length > 0).Distinct().ToImmutableArray();
        return WorkerSessions.RevokeOnAllWorkersAsync(pool, user, ids);
    }
}
