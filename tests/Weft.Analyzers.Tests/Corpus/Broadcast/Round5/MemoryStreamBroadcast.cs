// WEFT0007: a MemoryStream (mutable, with a shared read position) is broadcast; every worker reads it at once.
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

namespace Corpus5b.MemoryStreamBroadcast;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Certs
{
    private byte[] _pem = Array.Empty<byte>();

    [WorkerUpdate]
    private void Load(MemoryStream pem) => _pem = pem.ToArray();
}

public static class Admin
{
    public static Task Rotate(WorkerPool pool, byte[] pem) =>
        Certs.LoadOnAllWorkersAsync(pool, new MemoryStream(pem)); // expect: WEFT0007
}
