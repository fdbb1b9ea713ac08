// Quiet twin of CompleteVsUpdate: the update uses Interlocked.Add; the complete callback (main) is unchanged.
using System;
using System.Threading;
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
            c => Interlocked.Add(ref s_total, c.Open),
            () =>
            {
                report(s_total);
                s_total = 0;
                s_total += 0;
            });
    }
}
