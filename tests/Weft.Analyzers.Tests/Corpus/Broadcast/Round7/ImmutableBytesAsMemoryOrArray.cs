// WEFT0007: key bytes broadcast as ReadOnlyMemory<byte>. From `byte[].AsMemory()` over an array the caller keeps: a view its owner can still change.
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

namespace Corpus7b.ImmutableBytesAsMemoryOrArray;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Signer
{
    private byte[] _key = Array.Empty<byte>();
    public int KeyLength => _key.Length;

    [WorkerUpdate]
    void SetKey(ReadOnlyMemory<byte> key) => _key = key.ToArray();
}

public sealed class KeyRotation(WorkerPool pool)
{
    private readonly byte[] _key = new byte[] { 1, 2, 3, 4 };

    public Task PushAsync() => Signer.SetKeyOnAllWorkersAsync(pool, _key.AsMemory()); // expect: WEFT0007
}
