// Loop-owned I/O, WEFT0004: Connection.Connect's onEvent runs on the connecting worker's loop, so its upstream table is
// the right one to register in there; posting the registration to a sibling worker hands the table to that loop.
using System.Collections.Generic;
using System.Net;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.ConnectedPostsToSibling;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Upstreams
{
    public List<Connection> Ready { get; } = new();
}

public sealed class UpstreamDialer(WorkerPool pool, int workerIndex)
{
    public Connection Dial(EndPoint remote)
    {
        Upstreams upstreams = Upstreams.Current;
        Dispatcher sibling = pool.Workers[(workerIndex + 1) % pool.Workers.Count];
        return Connection.Connect(Dispatcher.Current!, remote, (c, data) => { }, (connection, e) =>
        {
            if (e == ConnectionEvent.Connected)
            {
                sibling.Post(() => upstreams.Ready.Add(connection)); // expect: WEFT0004
            }
        });
    }
}
