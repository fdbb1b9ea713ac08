// Quiet twin of SessionSweeper: the parallel body only writes the audit records (over copies of the keys and user
// names, and a concurrent queue); the evictions run on the worker after Parallel.ForEach returns.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.WorkerState.R14.SessionSweeperQuiet;

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
        });

        foreach (var (id, _) in expired)
        {
            cache.ById.Remove(id);
        }

        return expired.Length;
    }
}
