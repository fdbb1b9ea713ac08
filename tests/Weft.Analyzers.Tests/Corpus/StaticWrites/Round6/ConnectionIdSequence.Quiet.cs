// Quiet twin of ConnectionIdSequence: the helper uses Interlocked.Increment.
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus6b.ConnectionIdSequence;

internal static class ConnectionIds
{
    private static long s_last;

    internal static long Next() => Interlocked.Increment(ref s_last);
}

public sealed record TrackedConnection(long Id, string Remote);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionTable
{
    private readonly Dictionary<long, TrackedConnection> _open = new();

    public TrackedConnection Open(string remote)
    {
        var connection = new TrackedConnection(ConnectionIds.Next(), remote);
        _open[connection.Id] = connection;
        return connection;
    }

    public bool Close(long id) => _open.Remove(id);
}
