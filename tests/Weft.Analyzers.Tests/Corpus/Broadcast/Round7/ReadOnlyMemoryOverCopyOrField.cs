// WEFT0007: a certificate broadcast as ReadOnlyMemory<byte>. It wraps `_pem`, an array the rotator keeps
// and rewrites: a read-only view over an array its owner can still change. Reading: the broadcast publishes the
// array behind the view (a [Published] parameter), so `_pem` becomes published state and the next rotation's CopyTo
// into it is also a write after publish (WEFT0002, the page's "Published fields").
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

namespace Corpus7b.ReadOnlyMemoryOverCopyOrField;

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
        fresh.CopyTo(_pem); // expect: WEFT0002
        return TlsContext.LoadOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_pem)); // expect: WEFT0007
    }
}
