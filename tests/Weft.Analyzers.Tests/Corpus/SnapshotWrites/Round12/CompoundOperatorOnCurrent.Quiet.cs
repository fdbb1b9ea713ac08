// C# 14: the binary `operator +` builds a new window; the snapshot's window is only read.
using Weft;

namespace Corpus.R12.CompoundOperatorOnCurrentQuiet;

public sealed class Window
{
    public int Used { get; private set; }

    public void operator +=(int amount) => Used += amount;

    public static Window operator +(Window window, int amount) => new() { Used = window.Used + amount };
}

[ThreadLocalSlot]
public sealed partial class Limits
{
    public Window Window { get; init; } = new(); // expect: WEFT0001
}

public static class Meter
{
    public static int Charge(int amount)
    {
        Window next = Limits.Current.Window + amount;
        return next.Used;
    }
}
