// Session table per worker; main counts live sessions for the admin page. Defect: the update that runs on every
// worker adds into a captured local and a field of the admin object (WEFT0008 on each); the completion that
// runs once on main reads them (quiet).
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
                live += table.Count; // expect: WEFT0008
                _expired += table.ExpiredAt(now); // expect: WEFT0008
            },
            () => write($"live={live} expired={_expired}"));
    }
}
