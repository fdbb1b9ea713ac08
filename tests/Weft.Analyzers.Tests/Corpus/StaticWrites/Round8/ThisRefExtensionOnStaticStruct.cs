// WEFT0006: a `this ref` extension that read-modify-writes, called on a static struct from a [WorkerUpdate].
using Weft;

namespace Corpus.StaticWrites.R8.ThisRefExtensionOnStaticStruct;

public struct Window
{
    public long Count;
}

public static class WindowExtensions
{
    public static void Advance(this ref Window window) => window.Count++;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    private static Window s_global;

    [WorkerUpdate]
    public void Tick() => s_global.Advance(); // expect: WEFT0006
}
