// Twin: the struct is the worker's own field.
using Weft;

namespace Corpus.StaticWrites.R8.ThisRefExtensionOnStaticStructQuiet;

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
    private Window _local;

    [WorkerUpdate]
    public void Tick() => _local.Advance();
}
