// Rate limiter per worker with an IP blocklist pushed from main through the generated callback form (completion
// on main). Defect: the blocklist argument is a HashSet<string> the admin keeps adding to (WEFT0007 at the call;
// and, the argument being [Published], the next Block's Add writes what was published: WEFT0002, as in
// RateLimitStateBroadcast).
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus6b.BlocklistCallbackForm;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class IpGate
{
    private ISet<string> _blocked = new HashSet<string>();

    public bool Allows(string ip) => !_blocked.Contains(ip);

    [WorkerUpdate] private void ReplaceBlocklist(HashSet<string> blocked) => _blocked = blocked;
}

public sealed class BlocklistAdmin
{
    private readonly WorkerPool _pool;
    private readonly HashSet<string> _blocked = new(StringComparer.Ordinal);

    public BlocklistAdmin(WorkerPool pool) => _pool = pool;

    public void Block(string ip, Action<string> log)
    {
        if (!_blocked.Add(ip)) return; // expect: WEFT0002
        IpGate.ReplaceBlocklistOnAllWorkers(_pool, _blocked, () => log($"blocked {ip} on every worker")); // expect: WEFT0007
    }
}
