// WEFT0006: the plain `ref` parameter form of ThisRefExtensionOnStaticStruct (the page: your own helper that
// read-modify-writes its ref parameter, reported at the worker code's call).
using Weft;

namespace Corpus.StaticWrites.R8.RefParameterOnStaticStruct;

public struct Window
{
    public long Count;
}

public static class Windows
{
    public static void Advance(ref Window window) => window.Count++;
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RateLimiter
{
    private static Window s_global;

    [WorkerUpdate]
    public void Tick() => Windows.Advance(ref s_global); // expect: WEFT0006
}
