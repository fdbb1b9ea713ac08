// WEFT0004: a Memory<byte> view over the worker's scratch buffer captured by Task.Run (page: "a view is not [a copy]:
// Memory<T> ... share the memory they view"). Reported inside the lambda.
using System;
using System.Threading.Tasks;
using Weft;

namespace Corpus.R17.WorkerState.MemoryViewToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Scratch
{
    public byte[] Buffer { get; } = new byte[8192];
}

public static class Hashing
{
    public static Task<int> HashLater(int length)
    {
        Memory<byte> head = Scratch.Current.Buffer.AsMemory(0, length);
        return Task.Run(() => head.Span.IndexOf((byte)0)); // expect: WEFT0004
    }
}
