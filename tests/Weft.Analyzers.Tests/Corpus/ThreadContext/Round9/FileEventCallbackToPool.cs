// Loop-owned I/O, WEFT0004: a file event's callback runs on the loop that created it (its worker), so it may use
// that worker's per-worker state; handing that state on from the callback to Task.Run takes it off the worker.
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading.Tasks;
using Weft;
using Weft.Threading;

namespace Corpus.ThreadContext.R9.FileEventCallbackToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ProbeState
{
    public Queue<long> ReadyAt { get; } = new();
}

public static class Probe
{
    public static FileEvent Watch(Socket socket)
    {
        ProbeState state = ProbeState.Current;
        return Dispatcher.Current!.CreateFileEvent(socket, ready =>
        {
            state.ReadyAt.Enqueue(System.Environment.TickCount64);
            if (state.ReadyAt.Count > 1024)
            {
                _ = Task.Run(() => state.ReadyAt.Clear()); // expect: WEFT0004
            }
        }, FileReadyType.Read);
    }
}
