// WEFT0004: `SocketAsyncEventArgs.Completed` is raised on an I/O completion thread; the handler added on the worker
// writes the worker's dictionary. Reading: an event its type raises on another thread, reported where added.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.SocketAsyncEventArgsCompleted;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public static class Receive
{
    public static SocketAsyncEventArgs Prepare(byte[] buffer)
    {
        var cache = HostCache.Current;
        var args = new SocketAsyncEventArgs();
        args.SetBuffer(buffer, 0, buffer.Length);
        args.Completed += (_, e) => cache.ByHost["received"] = e.BytesTransferred; // expect: WEFT0004
        return args;
    }
}
