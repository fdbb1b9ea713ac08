// Quiet twin of MemoryStreamBroadcast: the bytes travel as a ReadOnlyMemory<byte> over an array copied for the broadcast.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus5b.MemoryStreamBroadcastQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Certs
{
    private byte[] _pem = Array.Empty<byte>();

    [WorkerUpdate]
    private void Load(ReadOnlyMemory<byte> pem) => _pem = pem.ToArray();
}

public static class Admin
{
    public static Task Rotate(WorkerPool pool, byte[] pem) =>
        Certs.LoadOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(pem.ToArray()));
}
