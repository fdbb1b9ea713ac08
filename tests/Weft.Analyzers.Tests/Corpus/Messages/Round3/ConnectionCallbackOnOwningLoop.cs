// Round 3. The connection callback itself hands the cache to Task.Run: the data callback runs on the owning worker, the Task.Run body does not.
using System.Collections.Generic;
using System;
using System.Threading.Tasks;
using Weft.Net;
using Weft;

namespace Corpus.Messages.Round3.ConnectionCallbackOnOwningLoop;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ConnectionCache
{
    private readonly Dictionary<string, int> _byHost = new();

    public Dictionary<string, int> ByHost => _byHost;

    public int Count => _byHost.Count;

    public void Evict(string host) => _byHost.Remove(host);

    public void Trim() => _byHost.Clear();
}

public static class Tracker
{
    public static void Track(Connection connection)
    {
        var cache = ConnectionCache.Current;
        connection.Start(
            (conn, data) => cache.ByHost[conn.RemoteEndPoint?.ToString() ?? "?"] = data.Length,
            (conn, evt) => Task.Run(() => cache.Evict(conn.RemoteEndPoint?.ToString() ?? "?"))); // expect: WEFT0004
    }
}
