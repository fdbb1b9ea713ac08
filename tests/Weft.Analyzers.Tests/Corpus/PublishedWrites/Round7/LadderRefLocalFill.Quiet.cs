// Quiet twin of LadderRefLocalFill: the fill copies the ladder, changes the copy and publishes it.
using System;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.LadderRefLocalFill;

public struct LadderLevel
{
    public decimal Price;
    public long Quantity;
}

public sealed class LadderPublisher
{
    private readonly Slot<LadderLevel[]> _slot;
    private LadderLevel[] _ladder = Array.Empty<LadderLevel>();

    public LadderPublisher(WorkerPool pool) => _slot = pool.AllocateSlot<LadderLevel[]>();

    public void Replace(LadderLevel[] ladder)
    {
        _ladder = ladder;
        _slot.Publish(ladder);
    }

    public void OnFill(long quantity)
    {
        if (_ladder.Length == 0) return;
        LadderLevel[] next = (LadderLevel[])_ladder.Clone();
        ref LadderLevel top = ref next[0];
        top.Quantity = Math.Max(0, top.Quantity - quantity);
        Replace(next);
    }
}

public static class LadderMath
{
    public static long Depth(LadderLevel[] ladder) { long n = 0; foreach (var l in ladder) n += l.Quantity; return n; }

    public static decimal Best(LadderLevel[] ladder) => ladder.Length == 0 ? 0 : ladder[0].Price;
}
