// An accept handler made over the opener's per-worker connection list is handed to BalancedListener.Open as a method
// group: [RunsOnChosenLoop] runs it on the worker the balancer picks, not the opener's (the page: it always leaves
// the caller's thread), so the opener's list is used by another worker.
using System.Collections.Generic;
using System.Net;
using Weft;
using Weft.Net;

namespace Corpus.ThreadContext.AcceptHandlerChosenLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Conns
{
    public List<Connection> Open { get; } = new();
}

public sealed class AcceptHandler
{
    private readonly List<Connection> _open;

    public AcceptHandler(List<Connection> open) => _open = open;

    public void OnAccepted(Connection connection) => _open.Add(connection);
}

public static class Serving
{
    public static BalancedListener Listen(WorkerPool pool, IPEndPoint endPoint)
    {
        var handler = new AcceptHandler(Conns.Current.Open);
        return BalancedListener.Open(pool, endPoint, handler.OnAccepted); // expect: WEFT0004
    }
}
