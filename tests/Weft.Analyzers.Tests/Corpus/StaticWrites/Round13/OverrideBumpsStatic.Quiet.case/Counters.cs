// A project of several files: a per-worker session counts requests through a strategy object typed by its abstract
// base; the override (this file, a public type anybody may call) adds to a static total. The page: "A helper anybody
// may call ... is reported at the worker code's call" (the call is in the other file).
using System.Threading;

namespace Corpus.StaticWrites.OverrideBumpsStaticQuiet;

public abstract class RequestCounter
{
    public abstract void Count(int bytes);
}

public sealed class GlobalCounter : RequestCounter
{
    private static long s_bytes;

    public static long Bytes => Volatile.Read(ref s_bytes);

    public override void Count(int bytes) => Interlocked.Add(ref s_bytes, bytes);
}
