// WEFT0006: a `this ref` extension on a struct that read-modify-writes its field, called on a static struct field from a
// RunOnAllThreads callback. Page: "or a `this ref` extension: s_window.Advance(); reported at the worker code's call".
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
        w.Count++;
        w.Total += amount;
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
        slot.RunOnAllThreads(m => s_window.Advance(m.Bytes)); // expect: WEFT0006
    }
}
