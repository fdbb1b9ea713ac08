// Quiet twin of StaticPropertyAccessors: the callback calls the type's atomic AddBytes (Interlocked.Add) instead of
// get-then-set through the property.
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus.R17.StaticWrites.StaticPropertyAccessors;

public static class ProcessTotals
{
    private static long s_bytes;
    public static long Bytes
    {
        get => Volatile.Read(ref s_bytes);
        set => Volatile.Write(ref s_bytes, value);
    }
    public static void AddBytes(long n) => Interlocked.Add(ref s_bytes, n);
}

public sealed class Buffer
{
    public long Pending;
}

public static class Flusher
{
    public static void FlushAll(Slot<Buffer> slot)
    {
        slot.RunOnAllThreads(b =>
        {
            ProcessTotals.AddBytes(b.Pending);
            b.Pending = 0;
        });
    }
}
