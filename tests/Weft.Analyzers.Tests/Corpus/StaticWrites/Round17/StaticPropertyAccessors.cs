// WEFT0006: `ProcessTotals.Bytes += n` on a static property with its own accessors (each accessor uses Volatile, but
// the get and the set are separate: page "a static property with its own accessors (ProcessTotals.Bytes += n: the get
// and the set are separate, whatever each does) count the same"), from a RunOnAllThreads callback (worker code).
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
            ProcessTotals.Bytes += b.Pending; // expect: WEFT0006
            b.Pending = 0;
        });
    }
}
