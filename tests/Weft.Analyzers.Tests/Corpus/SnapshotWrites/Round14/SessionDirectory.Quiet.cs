// Quiet twin of SessionDirectory: the handler records the touch in the worker's own dictionary, keyed by the session,
// and leaves the snapshot's entries as they were published. The directory keeps its settable LastSeen (WEFT0001).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;

namespace Corpus.SnapshotWrites.R14.SessionDirectoryQuiet;

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

            _touched[entry.SessionId] = now;
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
