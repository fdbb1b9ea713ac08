// WEFT0004: admin code on main posts a closure over main's own per-worker instance to each connection's dispatcher
// (a worker): "a callback posted to another dispatcher (anything but Dispatcher.Current)".
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
        var drain = DrainList.Current;
        foreach (var connection in connections)
        {
            connection.Dispatcher.Post(() => drain.Draining.Add(connection)); // expect: WEFT0004
        }
    }
}
