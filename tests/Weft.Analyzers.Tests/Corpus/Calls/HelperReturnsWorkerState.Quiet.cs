// The accessor's buffer pool is used on the worker only; the Parallel loop gets plain arrays of its own.
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
        var header = buffers.Rent();
        buffers.Return(header);
        Parallel.ForEach(files, file => System.Console.WriteLine(file.Length + new byte[4096].Length));
    }
}
