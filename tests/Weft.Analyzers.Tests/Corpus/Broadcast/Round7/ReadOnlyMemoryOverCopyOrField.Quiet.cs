// WEFT0007: a certificate broadcast as ReadOnlyMemory<byte>. It wraps `_pem.ToArray()`, an array made for the call
// (the page: a read-only view over an array made for the call is quiet).
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ReadOnlyMemoryOverCopyOrFieldQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TlsContext
{
    private byte[] _certificate = Array.Empty<byte>();
    public int Length => _certificate.Length;

    [WorkerUpdate]
    void Load(ReadOnlyMemory<byte> pem) => _certificate = pem.ToArray();
}

public sealed class Rotator(WorkerPool pool)
{
    private readonly byte[] _pem = new byte[2048];

    public Task RotateAsync(ReadOnlySpan<byte> fresh)
    {
        fresh.CopyTo(_pem);
        return TlsContext.LoadOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_pem.ToArray()));
    }
}
