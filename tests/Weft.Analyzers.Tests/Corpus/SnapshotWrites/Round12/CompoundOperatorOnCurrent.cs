// C# 14 user-defined compound assignment `operator +=` that changes the instance in place, applied to an object the
// snapshot holds. Reading taken: reported at the `+=` or inside the operator (#escape).
using Weft;

namespace Corpus.R12.CompoundOperatorOnCurrent;

public sealed class Window
{
    public int Used { get; private set; }

    public void operator +=(int amount) => Used += amount; // expect: WEFT0003 #escape

    public static Window operator +(Window window, int amount) => new() { Used = window.Used + amount };
}

[ThreadLocalSlot]
public sealed partial class Limits
{
    public Window Window { get; init; } = new(); // expect: WEFT0001
}

public static class Meter
{
    public static void Charge(int amount)
    {
        var window = Limits.Current.Window;
        window += amount; // expect: WEFT0003 #escape
    }
}
