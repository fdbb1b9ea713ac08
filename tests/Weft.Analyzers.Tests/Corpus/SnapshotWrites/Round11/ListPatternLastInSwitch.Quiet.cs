// Quiet twin: the case computes the clamped weight into a local and leaves the shared step alone.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.ListPatternLastInSwitchQuiet;

public sealed class Step
{
    public int Weight { get; set; }
}

[ThreadLocalSlot]
public sealed partial class Plan
{
    public List<Step> Steps { get; init; } = []; // expect: WEFT0001
}

public static class Tuner
{
    public static int Tune()
    {
        switch (Plan.Current)
        {
            case { Steps: [.., var last] } when last.Weight > 10:
                var clamped = new Step { Weight = 10 };
                return clamped.Weight;
            default:
                return 0;
        }
    }
}
