// WEFT0006 across files: a static property with its own accessors (this file); a callback posted to a worker in
// Uploads.cs does += on it ("the get and the set are separate, whatever each does").
using System.Threading;

namespace Corpus.StaticWrites.R9.StaticPropertyAccessorsElsewhere;

public static class ProcessTotals
{
    private static long s_bytes;

    public static long Bytes
    {
        get => Interlocked.Read(ref s_bytes);
        set => Interlocked.Exchange(ref s_bytes, value);
    }

    public static void AddBytes(long n) => Interlocked.Add(ref s_bytes, n);
}
