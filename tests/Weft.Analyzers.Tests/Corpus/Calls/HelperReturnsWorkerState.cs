// A static accessor returns the worker's own buffer pool; the caller lends it to a Parallel loop.
using System.Collections.Generic;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Calls.WorkerAccessor;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class BufferPool
{
    private readonly Stack<byte[]> _free = new();

    public byte[] Rent() => _free.Count > 0 ? _free.Pop() : new byte[4096];

    public void Return(byte[] buffer) => _free.Push(buffer);
}

public static class Compressor
{
    private static BufferPool Buffers() => BufferPool.Current;

    public static void CompressAll(IReadOnlyList<string> files)
    {
        var buffers = Buffers();
        Parallel.ForEach(files, file => buffers.Return(buffers.Rent())); // expect: WEFT0004
    }
}
