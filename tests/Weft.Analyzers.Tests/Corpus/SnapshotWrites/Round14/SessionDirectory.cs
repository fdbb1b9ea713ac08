// A session directory published to every worker (who is logged in, on which shard), read by the request handlers.
// Its entries are a class with a settable LastSeen (so the directory is not deeply immutable: WEFT0001 on the member,
// in both twins). A handler "touches" the user's sessions by writing LastSeen on the entries it finds with a `foreach`
// over the snapshot's array: the loop variable is the snapshot's own element, so the write is WEFT0003, whose message
// is taken to name the snapshot type written through Current. The quiet twin keeps the touch in the worker's own map.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.R14.SessionDirectoryDefect;

public sealed class SessionEntry
{
    public required string SessionId { get; init; }
    public required string UserId { get; init; }
    public required int Shard { get; init; }
    public DateTimeOffset LastSeen { get; set; }
}

[ThreadLocalSlot]
public sealed partial class SessionDirectory
{
    public ImmutableArray<SessionEntry> Entries { get; init; } = ImmutableArray<SessionEntry>.Empty; // expect: WEFT0001
    public long Epoch { get; init; }
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionActivity
{
    private readonly Dictionary<string, DateTimeOffset> _touched = new(StringComparer.Ordinal);

    public int Touched => _touched.Count;

    public DateTimeOffset LastSeen(SessionEntry entry) =>
        _touched.TryGetValue(entry.SessionId, out var seen) && seen > entry.LastSeen ? seen : entry.LastSeen;

    public int Touch(string userId, DateTimeOffset now)
    {
        int found = 0;
        foreach (var entry in SessionDirectory.Current.Entries)
        {
            if (!string.Equals(entry.UserId, userId, StringComparison.Ordinal))
            {
                continue;
            }

            entry.LastSeen = now; // expect: WEFT0003 "SessionDirectory"
            found++;
        }

        return found;
    }

    public IEnumerable<string> Stale(DateTimeOffset cutoff)
    {
        foreach (var entry in SessionDirectory.Current.Entries)
        {
            if (LastSeen(entry) < cutoff)
            {
                yield return entry.SessionId;
            }
        }
    }

    [WorkerUpdate]
    public void ForgetTouches(string userId) => _touched.Remove(userId);
}

public static class SessionDirectoryLoader
{
    public static Task PublishAsync(WorkerPool pool, IEnumerable<(string Session, string User, int Shard)> rows, long epoch)
    {
        var entries = ImmutableArray.CreateBuilder<SessionEntry>();
        foreach (var (session, user, shard) in rows)
        {
            entries.Add(new SessionEntry { SessionId = session, UserId = user, Shard = shard, LastSeen = DateTimeOffset.UtcNow });
        }

        return SessionDirectory.PublishAsync(pool, new SessionDirectory { Entries = entries.ToImmutable(), Epoch = epoch });
    }
}
