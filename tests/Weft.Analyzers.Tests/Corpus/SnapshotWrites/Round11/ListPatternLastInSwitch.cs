// A `switch` statement whose case is a property pattern with a trailing list pattern `[.., var last]`: the last
// shared element is changed.
using System.Collections.Generic;
using Weft;

namespace Corpus.R11.ListPatternLastInSwitch;

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
                last.Weight = 10; // expect: WEFT0003
                return 1;
            default:
                return 0;
        }
    }
}
