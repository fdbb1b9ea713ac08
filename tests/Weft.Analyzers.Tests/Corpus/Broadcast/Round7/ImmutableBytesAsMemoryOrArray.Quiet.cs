// WEFT0007: key bytes broadcast as ReadOnlyMemory<byte>. From `ImmutableArray<byte>.AsMemory()`, the page's own
// advice (WEFT0001: "its AsMemory() gives a ReadOnlyMemory<byte> where an API needs one"): nobody can change the bytes:
// quiet.
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

namespace Corpus7b.ImmutableBytesAsMemoryOrArrayQuiet;

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
    private readonly ImmutableArray<byte> _key = ImmutableArray.Create<byte>(1, 2, 3, 4);

    public Task PushAsync() => Signer.SetKeyOnAllWorkersAsync(pool, _key.AsMemory());
}
