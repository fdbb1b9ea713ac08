// Round 3. A connection accepted on this worker: its callbacks run on the loop that owns it, which is this one (Start may only be called there), so using the worker's cache inside them is fine.
using System.Collections.Generic;
using System;
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
            (conn, evt) => cache.Evict(conn.RemoteEndPoint?.ToString() ?? "?"));
    }
}
