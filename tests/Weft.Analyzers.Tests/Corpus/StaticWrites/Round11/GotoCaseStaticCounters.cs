// A [WorkerUpdate] classifies outcomes with a switch that falls through by `goto case`: both static counters are
// incremented by every worker at once.
using Weft;

namespace Corpus.R11.GotoCaseStaticCounters;

public enum Outcome
{
    Ok,
    Retry,
    Fail,
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Outcomes
{
    private static long s_retries;
    private static long s_failures;

    [WorkerUpdate]
    private void Record(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.Retry:
                s_retries++; // expect: WEFT0006
                goto case Outcome.Fail;
            case Outcome.Fail:
                s_failures += 1; // expect: WEFT0006
                break;
        }
    }
}
