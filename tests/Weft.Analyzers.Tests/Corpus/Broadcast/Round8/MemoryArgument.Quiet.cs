// Twin: a ReadOnlyMemory over a copy made for the call (nobody else holds the array).
using System;
using System.Linq;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.R8.MemoryArgumentQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ChatMotd
{
    private byte[] _motd = [];

    [WorkerUpdate] public void Set(ReadOnlyMemory<byte> motd) => _motd = motd.ToArray();
}

public static class Admin
{
    public static Task SetAsync(WorkerPool pool, byte[] text) =>
        ChatMotd.SetOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(text.ToArray()));
}
