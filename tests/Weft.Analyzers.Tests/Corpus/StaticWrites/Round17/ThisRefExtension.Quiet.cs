// Quiet twin of ThisRefExtension: the extension updates the struct's fields with Interlocked.
using System.Threading;
using Weft;
using Weft.Slots;

namespace Corpus.R17.StaticWrites.ThisRefExtension;

public struct Window
{
    public long Count;
    public long Total;
}

public static class WindowExtensions
{
    public static void Advance(this ref Window w, long amount)
    {
        Interlocked.Increment(ref w.Count);
        Interlocked.Add(ref w.Total, amount);
    }
}

public sealed class Meter
{
    public long Bytes;
}

public static class Windows
{
    private static Window s_window;

    public static void Roll(Slot<Meter> slot)
    {
        slot.RunOnAllThreads(m => s_window.Advance(m.Bytes));
    }
}
