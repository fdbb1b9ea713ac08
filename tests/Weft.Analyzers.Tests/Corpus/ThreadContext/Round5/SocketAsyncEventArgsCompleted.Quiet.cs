// Quiet twin of SocketAsyncEventArgsCompleted: the handler stores the byte count with Interlocked into a box owned by
// nobody else; the worker reads it on its loop.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus5b.SocketAsyncEventArgsCompletedQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class HostCache
{
    public readonly Dictionary<string, int> ByHost = new();
}

public sealed class ReceivedBytes
{
    public long Value;
}

public static class Receive
{
    public static SocketAsyncEventArgs Prepare(byte[] buffer, ReceivedBytes received)
    {
        var args = new SocketAsyncEventArgs();
        args.SetBuffer(buffer, 0, buffer.Length);
        args.Completed += (_, e) => Interlocked.Exchange(ref received.Value, e.BytesTransferred);
        return args;
    }
}
