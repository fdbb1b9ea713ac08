// Session table per worker; main revokes a batch of sessions for a user on every worker. Defect: the
// [WorkerUpdate] takes the user and a string[] of session ids — an array is mutable, and the array built by the
// caller reaches every worker at once (WEFT0007 at the call).
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
    private void Revoke(string user, string[] sessionIds)
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
        string[] ids = sessionIds.Where(id => id.Length > 0).Distinct().ToArray();
        return WorkerSessions.RevokeOnAllWorkersAsync(pool, user, ids); // expect: WEFT0007
    }
}
