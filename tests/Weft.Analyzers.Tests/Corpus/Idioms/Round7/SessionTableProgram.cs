// A per-worker session table, fully correct: sessions live in the worker's dictionary and are expired by a loop timer
// on the owner; an expiry report copies what leaves the worker (an immutable list of ids, counts) before it is posted
// to main or handed to Task.Run; persistence runs off the loop on an immutable copy; a revocation computed on the pool
// is posted back to the worker's own dispatcher, captured before the await. One defect: the report posted
// to main carries the worker's live dictionary of sessions instead of an immutable copy of its keys.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.SessionTableProgram;

public sealed record ExpiryReport(string Worker, ImmutableArray<string> Expired, int Remaining);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Sessions
{
    private readonly Dictionary<string, DateTimeOffset> _byId = new(StringComparer.Ordinal);

    public string Worker { get; }
    public Dictionary<string, DateTimeOffset> Live => _byId;

    public Sessions(string worker) => Worker = worker;

    public void Touch(string id, DateTimeOffset now) => _byId[id] = now;

    public ImmutableArray<string> Expire(DateTimeOffset cutoff)
    {
        var expired = _byId.Where(p => p.Value < cutoff).Select(p => p.Key).ToImmutableArray();
        foreach (var id in expired) _byId.Remove(id);
        return expired;
    }

    public void Revoke(string id) => _byId.Remove(id);
}

public static class SessionHousekeeping
{
    public static void Install(WorkerPool pool)
    {
        Sessions.Initialize(pool, d => new Sessions(d.Name));
        foreach (var worker in pool.Workers)
        {
            worker.Post(() =>
            {
                var timer = Dispatcher.Current!.CreateTimer(() => Sweep(pool));
                timer.Enable(TimeSpan.FromMinutes(1));
            });
        }
    }

    private static void Sweep(WorkerPool pool)
    {
        var sessions = Sessions.Current;
        var expired = sessions.Expire(DateTimeOffset.UtcNow.AddMinutes(-30));
        var remaining = sessions.Live.Count;
        var report = new ExpiryReport(sessions.Worker, expired, remaining);
        pool.Main.Post(() => Console.WriteLine($"{report.Worker}: {sessions.Live.Count} live")); // expect: WEFT0004
        var ids = sessions.Live.Keys.ToImmutableArray();
        _ = Task.Run(() => Persist(ids));
    }

    public static async Task RevokeAsync(string token)
    {
        var sessions = Sessions.Current;
        var home = Dispatcher.Current!;
        var id = await Task.Run(() => Decode(token));
        home.Post(() => sessions.Revoke(id));
        sessions.Touch("audit", DateTimeOffset.UtcNow);
    }

    private static void Persist(ImmutableArray<string> ids) => Console.WriteLine(string.Join(",", ids));

    private static string Decode(string token) => token.Length > 8 ? token[..8] : token;
}
