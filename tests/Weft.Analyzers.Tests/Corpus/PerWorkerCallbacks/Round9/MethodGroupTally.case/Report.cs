using Weft.Slots;

namespace Corpus.PerWorkerCallbacks.R9.MethodGroupTally;

public static class Report
{
    public static Tally Measure(Slot<Buffers> slot)
    {
        var tally = new Tally();
        slot.RunOnAllThreads(tally.Add); // expect: WEFT0008
        return tally;
    }
}
