// Twin: the file event's callback ([RunsOnOwningLoop], created on the calling loop) trims the buffers itself.
using System.Collections.Generic;
using System.Net.Sockets;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R8.FileEventCallbackQueuesQuiet;

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
                buffers.Free.Clear();
            }
        }, FileReadyType.Read);
    }
}
