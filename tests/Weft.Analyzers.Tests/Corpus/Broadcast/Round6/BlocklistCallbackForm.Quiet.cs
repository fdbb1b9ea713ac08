// Quiet twin of BlocklistCallbackForm: the admin sends a FrozenSet snapshot of its set.
using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using Weft;

namespace Corpus6b.BlocklistCallbackForm;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class IpGate
{
    private FrozenSet<string> _blocked = FrozenSet<string>.Empty;

    public bool Allows(string ip) => !_blocked.Contains(ip);

    [WorkerUpdate] private void ReplaceBlocklist(FrozenSet<string> blocked) => _blocked = blocked;
}

public sealed class BlocklistAdmin
{
    private readonly WorkerPool _pool;
    private readonly HashSet<string> _blocked = new(StringComparer.Ordinal);

    public BlocklistAdmin(WorkerPool pool) => _pool = pool;

    public void Block(string ip, Action<string> log)
    {
        if (!_blocked.Add(ip)) return;
        IpGate.ReplaceBlocklistOnAllWorkers(_pool, _blocked.ToFrozenSet(StringComparer.Ordinal), () => log($"blocked {ip} on every worker"));
    }
}
