// Per-worker connection table that numbers its connections from a process-wide sequence. Defect: the sequence
// is a static field bumped with `++` inside a small static helper that the per-worker type calls for every new
// connection — the increment runs on every worker at once (WEFT0006; #escape: the page does not say whether
// the write is reported in the helper or at the worker code's call of it).
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus6b.ConnectionIdSequence;

internal static class ConnectionIds
{
    private static long s_last;

    internal static long Next() => ++s_last; // expect: WEFT0006 #escape
}

public sealed record TrackedConnection(long Id, string Remote);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionTable
{
    private readonly Dictionary<long, TrackedConnection> _open = new();

    public TrackedConnection Open(string remote)
    {
        var connection = new TrackedConnection(ConnectionIds.Next(), remote); // expect: WEFT0006 #escape
        _open[connection.Id] = connection;
        return connection;
    }

    public bool Close(long id) => _open.Remove(id);
}
