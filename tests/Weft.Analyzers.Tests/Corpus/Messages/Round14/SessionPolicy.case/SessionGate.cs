// Reads the policy on the workers (every request) and rebuilds it on main when the configuration changes.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Messages.R14.SessionPolicyDefect;

public readonly record struct SessionInfo(string Id, DateTimeOffset Created, DateTimeOffset LastSeen);

public enum GateVerdict
{
    Allowed,
    BadOrigin,
    Expired,
}

public static class SessionGate
{
    public static GateVerdict Check(SessionInfo session, string? origin, DateTimeOffset now)
    {
        var policy = SessionPolicy.Current;
        if (!policy.IsAllowed(origin))
        {
            return GateVerdict.BadOrigin;
        }

        return policy.ExpiresAt(session.Created, session.LastSeen) <= now ? GateVerdict.Expired : GateVerdict.Allowed;
    }

    public static Task ReloadAsync(WorkerPool pool, IReadOnlyCollection<string> origins, TimeSpan idle, TimeSpan absolute)
    {
        var policy = new SessionPolicy(origins, idle, absolute, slidingExpiration: true);
        return SessionPolicy.PublishAsync(pool, policy);
    }
}
