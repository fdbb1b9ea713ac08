// A ReadOnlyMemory over the caller's kept byte[] (AsMemory with a range is a view, not a copy) is broadcast.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ArrayRangeMemory;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Tls
{
    private int _length;

    [WorkerUpdate]
    private void LoadKey(ReadOnlyMemory<byte> key) => _length = key.Length;
}

public sealed class KeyStore
{
    private readonly byte[] _pem = new byte[256];

    public Task Push(WorkerPool pool) =>
        Tls.LoadKeyOnAllWorkersAsync(pool, _pem.AsMemory(16..)); // expect: WEFT0007
}
