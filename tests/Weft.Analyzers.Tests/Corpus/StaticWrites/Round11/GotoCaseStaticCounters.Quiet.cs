// Quiet twin: the counters are incremented with Interlocked.
using System.Threading;
using Weft;

namespace Corpus.R11.GotoCaseStaticCountersQuiet;

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
                Interlocked.Increment(ref s_retries);
                goto case Outcome.Fail;
            case Outcome.Fail:
                Interlocked.Add(ref s_failures, 1);
                break;
        }
    }
}
