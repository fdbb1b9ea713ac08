// Round 15, WEFT0005 quiet twin (.case): the throttle reads the limit once in Start (on the worker that starts it) and
// the timer callback uses that value.
using Weft;

namespace Corpus.Round15.InterfaceGetterInTimerQuiet;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public int MaxInFlight { get; init; } = 100;
}

public interface ILimitSource
{
    int MaxInFlight { get; }
}

public sealed class SlotLimitSource : ILimitSource
{
    public int MaxInFlight => Limits.Current.MaxInFlight;
}
