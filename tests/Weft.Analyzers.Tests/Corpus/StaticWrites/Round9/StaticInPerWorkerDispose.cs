// WEFT0006: "members of per-worker slot types" are worker code, their Dispose included (the runtime frees per-thread
// values on each thread at shutdown). A static count of disposals bumped there races the other workers' Dispose.
using System;
using System.Collections.Generic;
using System.Threading;
using Weft;

namespace Corpus.StaticWrites.R9.StaticInPerWorkerDispose;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class SocketSet : IDisposable
{
    private static int s_disposed;
    private readonly List<System.Net.Sockets.Socket> _sockets = new();

    public static int Disposed => Volatile.Read(ref s_disposed);

    public void Dispose()
    {
        _sockets.ForEach(s => s.Dispose());
        _sockets.Clear();
        s_disposed++; // expect: WEFT0006
    }
}
