// WEFT0002: a recursive method writes its argument, publishes it, and recurses with the same object; the recursive
// call's write (at the top of the body) runs after the publish of the outer call.
// Reading: the page counts "a call of your method that writes it" as a write, so the report may sit on the recursive
// call (handed over) or on the write inside (#escape on both).
using Weft.Slots;

namespace Corpus5a.RecursiveRepublish;

public sealed class Countdown
{
    public int Remaining;
}

public static class Publisher
{
    public static void Step(Slot<Countdown> slot, Countdown countdown, int n)
    {
        countdown.Remaining = n; // expect: WEFT0002 #escape
        slot.Publish(countdown);
        if (n > 0)
        {
            Step(slot, countdown, n - 1); // expect: WEFT0002 #escape
        }
    }
}
