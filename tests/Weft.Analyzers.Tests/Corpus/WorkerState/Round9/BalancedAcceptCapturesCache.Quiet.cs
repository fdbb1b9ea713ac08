// Loop-owned I/O, WEFT0004: BalancedListener.Open's onAccepted is [RunsOnChosenLoop]: it runs on the worker the
// balancer picks, so the opener's per-worker table captured into it leaves the opener's thread; the quiet twin reads
// Current inside the callback, which is the picked loop's own (the WEFT0005 page). Where the report goes (the use
// inside the lambda or the Open call) the page does not say: #escape.
using System.Collections.Generic;
using System.Net;
using Weft;
using Weft.Net;

namespace Corpus.WorkerState.R9.BalancedAcceptCapturesCache;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class PeerTable
{
    public Dictionary<string, int> ByRemote { get; } = new();
}

public static class Front
{
    public static BalancedListener Open(WorkerPool pool, IPEndPoint endPoint)
    {
        return BalancedListener.Open(pool, endPoint, connection =>
        {
            PeerTable peers = PeerTable.Current;
            string key = connection.RemoteEndPoint?.ToString() ?? "?";
            peers.ByRemote[key] = peers.ByRemote.GetValueOrDefault(key) + 1;
            connection.Start((c, data) => { }, (c, e) => { });
        });
    }
}
