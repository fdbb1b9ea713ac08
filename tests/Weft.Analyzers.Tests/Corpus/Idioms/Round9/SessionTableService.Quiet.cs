// Application-style: a per-worker session table with sliding expiry on a loop timer, revocation broadcast to every
// worker, and periodic persistence. Defects: the revoked ids broadcast as a HashSet (WEFT0007), and the worker's own
// session map handed to a Task.Run that serialises it (WEFT0004).
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.Idioms.R9.SessionTableService;

public sealed record Session(string Id, string User, DateTimeOffset ExpiresAt)
{
    public bool IsExpired(DateTimeOffset now) => now >= ExpiresAt;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionTable
{
    private readonly Dictionary<string, Session> _sessions = new(StringComparer.Ordinal);
    private DispatcherTimer? _sweeper;

    public int Count => _sessions.Count;

    public Session Touch(string id, string user, TimeSpan slide)
    {
        var now = DateTimeOffset.UtcNow;
        Session session = _sessions.TryGetValue(id, out Session? existing) && !existing.IsExpired(now)
            ? existing with { ExpiresAt = now + slide }
            : new Session(id, user, now + slide);
        _sessions[id] = session;
        _sweeper ??= StartSweeper();
        return session;
    }

    [WorkerUpdate]
    private void Revoke(IReadOnlyCollection<string> ids)
    {
        foreach (string id in ids)
        {
            _sessions.Remove(id);
        }
    }

    public void PersistInBackground(string path)
    {
        List<Session> sessions = _sessions.Values.ToList();
        _ = Task.Run(async () =>
        {
            await using FileStream file = File.Create(path);
            await JsonSerializer.SerializeAsync(file, sessions);
        });
    }

    private DispatcherTimer StartSweeper()
    {
        DispatcherTimer? timer = null;
        timer = Dispatcher.Current!.CreateTimer(Sweep);
        timer.Enable(TimeSpan.FromSeconds(1));
        return timer;

        void Sweep()
        {
            var now = DateTimeOffset.UtcNow;
            foreach (string id in _sessions.Where(p => p.Value.IsExpired(now)).Select(p => p.Key).ToList())
            {
                _sessions.Remove(id);
            }

            timer!.Enable(TimeSpan.FromSeconds(1));
        }
    }
}

public sealed class SessionAdmin(WorkerPool pool)
{
    public async Task RevokeUserAsync(IEnumerable<Session> known, string user, CancellationToken cancellationToken)
    {
        var ids = known.Where(s => s.User == user).Select(s => s.Id).ToImmutableHashSet();
        if (ids.Count == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        await SessionTable.RevokeOnAllWorkersAsync(pool, ids);
    }
}
