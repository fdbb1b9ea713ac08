// A session cache that every worker owns (per-worker slot type), and a sweeper that runs on each worker's timer: it
// finds the expired sessions, writes an audit record for each (slow, so it fans the audit out with Parallel.ForEach
// over the expired keys, which are strings: a copy) and evicts them. The defect evicts inside the parallel body, so
// the pool threads remove from the worker's dictionary: WEFT0004. The page does not say whether a capture is reported
// at the hand-over or at the first use inside the lambda; both lines were one #escape group; the page now says the
// first use inside. The quiet twin evicts on
// the worker after the parallel audit returns.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R14.SessionSweeperDefect;

public sealed class CachedSession
{
    public required string Id { get; init; }
    public required string User { get; init; }
    public DateTimeOffset ExpiresAt { get; set; }
    public Dictionary<string, string> Claims { get; } = new(StringComparer.Ordinal);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionCache
{
    public Dictionary<string, CachedSession> ById { get; } = new(StringComparer.Ordinal);

    public CachedSession? Find(string id, DateTimeOffset now) =>
        ById.TryGetValue(id, out var session) && session.ExpiresAt > now ? session : null;

    [WorkerUpdate]
    public void Revoke(string user)
    {
        foreach (var id in ById.Where(kv => kv.Value.User == user).Select(kv => kv.Key).ToList())
        {
            ById.Remove(id);
        }
    }
}

public interface IAuditLog
{
    void Expired(string sessionId, string user);
}

public sealed class SessionSweeper
{
    private readonly IAuditLog _audit;
    private readonly ConcurrentQueue<string> _failures = new();

    public SessionSweeper(IAuditLog audit) => _audit = audit;

    public IReadOnlyCollection<string> Failures => _failures;

    public int Sweep(DateTimeOffset now)
    {
        var cache = SessionCache.Current;
        var expired = cache.ById
            .Where(kv => kv.Value.ExpiresAt <= now)
            .Select(kv => (Id: kv.Key, kv.Value.User))
            .ToArray();

        Parallel.ForEach(expired, new ParallelOptions { MaxDegreeOfParallelism = 4 }, session =>
        {
            try
            {
                _audit.Expired(session.Id, session.User);
            }
            catch (InvalidOperationException)
            {
                _failures.Enqueue(session.Id);
            }

            cache.ById.Remove(session.Id); // expect: WEFT0004
        });

        return expired.Length;
    }
}
