// The quiet twin: a per-worker Listener opened on the calling loop runs onAccepted on that loop ([RunsOnOwningLoop]
// on a [RequiresLoopThread] member), so the handler stays with the worker whose list it holds.
using System.Collections.Generic;
using System.Net;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.ThreadContext.AcceptHandlerChosenLoopQuiet;

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
    public static Listener Listen(IPEndPoint endPoint)
    {
        var handler = new AcceptHandler(Conns.Current.Open);
        return Listener.Open(Dispatcher.Current!, endPoint, handler.OnAccepted);
    }
}
