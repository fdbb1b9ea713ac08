// Quiet twin of ConnectionDispatcherPost: each posted callback uses the drain list of the loop it runs on (read
// inside the callback, on that connection's worker) and closes the connection there.
using System.Collections.Generic;
using Weft;
using Weft.Net;

namespace Corpus.Round4.ConnectionDispatcherPost;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class DrainList
{
    public List<Connection> Draining { get; } = new();
}

public sealed class AdminDrain
{
    public void DrainAll(IEnumerable<Connection> connections)
    {
        foreach (var connection in connections)
        {
            connection.Dispatcher.Post(() => connection.ShutdownWrite());
        }
    }
}
