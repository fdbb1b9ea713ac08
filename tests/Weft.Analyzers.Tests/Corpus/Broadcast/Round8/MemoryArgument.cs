// WEFT0007: a Memory<byte> (a writable view over the caller's array) broadcast to every worker.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.MemoryArgument;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatMotd
{
    private byte[] _motd = [];

    [WorkerUpdate] public void Set(Memory<byte> motd) => _motd = motd.ToArray();
}

public static class Admin
{
    public static Task SetAsync(WorkerPool pool, byte[] text) =>
        ChatMotd.SetOnAllWorkersAsync(pool, text.AsMemory()); // expect: WEFT0007
}
