// Decision: a connection accepted on a worker is owned by that worker's loop; its [RunsOnOwningLoop] callbacks run
// there, so the worker's own state and Current are valid inside them (the EdgeProxy shape).
// Round 2. A listener on this worker's loop; each connection counts bytes into the worker's stats.
using System.Collections.Generic;
using System.Net;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.ThreadContext.Round2.ConnectionCallbacks;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ByteCounts
{
    public Dictionary<string, long> ByRemote { get; } = new();
}

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxConnections { get; init; }
}

public static class Server
{
    public static Listener Listen(IPEndPoint endPoint) => Listener.Open(Dispatcher.Current!, endPoint, OnAccepted);

    private static void OnAccepted(Connection connection)
    {
        var counts = ByteCounts.Current;
        string remote = connection.ToString();
        connection.Start(
            (c, data) => counts.ByRemote[remote] = counts.ByRemote.GetValueOrDefault(remote) + data.Length,
            (c, e) =>
            {
                if (e == ConnectionEvent.Closed || counts.ByRemote.Count > Limits.Current.MaxConnections)
                {
                    counts.ByRemote.Remove(remote);
                }
            });
    }
}
