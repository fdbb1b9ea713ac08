// Quiet twin of RecursiveRepublish: every level publishes a new object, so the write at the top of a level never
// reaches a published one.
using Weft.Slots;

namespace Corpus5a.RecursiveRepublishQuiet;

public sealed class Countdown
{
    public int Remaining;
}

public static class Publisher
{
    public static void Step(Slot<Countdown> slot, int n)
    {
        var countdown = new Countdown();
        countdown.Remaining = n;
        slot.Publish(countdown);
        if (n > 0)
        {
            Step(slot, n - 1);
        }
    }
}
