// Quiet twin of MemoryViewToPool: a range of the array (`buffer[..length]`) is a new array, a copy.
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
        byte[] head = Scratch.Current.Buffer[..length];
        return Task.Run(() => head.AsSpan().IndexOf((byte)0));
    }
}
