// Round 2. The same connection callbacks, but the close handler hands the worker's dictionary to the thread pool.
using System.Collections.Generic;
using System.Net;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.ThreadContext.Round2.ConnectionCallbacks;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ByteCounts
{
    public Dictionary<string, long> ByRemote { get; } = new();
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
                if (e == ConnectionEvent.Closed)
                {
                    _ = Task.Run(() => counts.ByRemote.Remove(remote)); // expect: WEFT0004
                }
            });
    }
}
