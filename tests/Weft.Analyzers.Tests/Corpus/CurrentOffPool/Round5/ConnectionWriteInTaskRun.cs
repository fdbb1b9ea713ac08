// WEFT0005: `Connection.Write` ([RequiresLoopThread]: only on the connection's loop) called from a Task.Run body; the
// message names the member.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.ConnectionWriteInTaskRun;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Replies
{
    public static Task SendLater(Connection connection, byte[] payload) =>
        Task.Run(() => connection.Write(payload)); // expect: WEFT0005 "Write"
}
