// Quiet twin of SessionCountUpdateAll: the totals are added with Interlocked.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus6b.SessionCountUpdateAll;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SessionTable
{
    private readonly Dictionary<string, DateTime> _sessions = new(StringComparer.Ordinal);

    public int Count => _sessions.Count;
    public int ExpiredAt(DateTime now) { int n = 0; foreach (var at in _sessions.Values) if (at < now) n++; return n; }
    public void Open(string id, TimeSpan ttl) => _sessions[id] = DateTime.UtcNow + ttl;
}

public sealed class SessionAdmin
{
    private readonly WorkerPool _pool;
    private long _expired;

    public SessionAdmin(WorkerPool pool) => _pool = pool;

    public void Report(Action<string> write)
    {
        long live = 0;
        DateTime now = DateTime.UtcNow;
        SessionTable.UpdateAll(
            _pool,
            table =>
            {
                Interlocked.Add(ref live, table.Count);
                Interlocked.Add(ref _expired, table.ExpiredAt(now));
            },
            () => write($"live={live} expired={_expired}"));
    }
}
