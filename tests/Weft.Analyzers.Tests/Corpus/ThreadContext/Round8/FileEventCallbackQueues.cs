// WEFT0004: a raw file event's callback (on the loop) queues the worker's buffer trim to the thread pool.
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R8.FileEventCallbackQueues;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ReadBuffers
{
    public readonly Queue<byte[]> Free = new();
}

public static class RawSocket
{
    public static FileEvent Watch(Socket socket)
    {
        var buffers = ReadBuffers.Current;
        return Dispatcher.Current!.CreateFileEvent(socket, ready =>
        {
            if (ready.HasFlag(FileReadyType.Read))
            {
                ThreadPool.QueueUserWorkItem(_ => buffers.Free.Clear()); // expect: WEFT0004
            }
        }, FileReadyType.Read);
    }
}
