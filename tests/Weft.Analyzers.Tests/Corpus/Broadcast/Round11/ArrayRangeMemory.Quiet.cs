// Quiet twin: an array range (`_pem[16..]`) copies into a new array made for the call; the memory over it is shared
// with nobody. Reading taken: a range of an array is a copy, like `ToArray()` on the page.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R11.ArrayRangeMemoryQuiet;

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
        Tls.LoadKeyOnAllWorkersAsync(pool, new ReadOnlyMemory<byte>(_pem[16..]));
}
