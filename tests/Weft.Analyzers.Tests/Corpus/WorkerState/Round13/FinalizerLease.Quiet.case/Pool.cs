using System.Collections.Generic;
using Weft;

namespace Corpus.WorkerState.FinalizerLeaseQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionPool
{
    public Dictionary<string, int> Leases { get; } = new();
}

public static class Borrowing
{
    public static Lease Borrow(string host) => new Lease(ConnectionPool.Current.Leases, host);
}
