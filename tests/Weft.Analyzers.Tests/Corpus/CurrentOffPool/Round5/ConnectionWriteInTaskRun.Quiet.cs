// Quiet twin of ConnectionWriteInTaskRun: the write is posted to the connection's own dispatcher (the loop that owns it).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ConnectionWriteInTaskRunQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Replies
{
    public static void SendLater(Connection connection, byte[] payload) =>
        connection.Dispatcher.Post(() => connection.Write(payload));
}
