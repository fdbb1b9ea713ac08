// WEFT0006: RunOnAllThreads(update, complete): the update `+=`s a static (worker code, reported); the complete callback
// ([RunsOnMain], one thread) reads and resets the same static (page: "its writes are not reported (the workers' writes
// to the same static are)").
using System;
using Weft;
using Weft.Slots;

namespace Corpus.R17.StaticWrites.CompleteVsUpdate;

public sealed class Conn
{
    public int Open;
}

public static class OpenCount
{
    private static int s_total;

    public static void Sum(Slot<Conn> slot, Action<int> report)
    {
        slot.RunOnAllThreads(
            c => s_total += c.Open, // expect: WEFT0006
            () =>
            {
                report(s_total);
                s_total = 0;
                s_total += 0;
            });
    }
}
