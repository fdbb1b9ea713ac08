// Trading on main: the best-price ladder (an array of structs) is published, then a fill arrives and main reduces the
// top level's quantity through a ref local into the published array. Twin: the fill produces a new ladder that is
// published in turn.
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
        ref LadderLevel top = ref _ladder[0];
        top.Quantity = Math.Max(0, top.Quantity - quantity); // expect: WEFT0002
    }
}

public static class LadderMath
{
    public static long Depth(LadderLevel[] ladder) { long n = 0; foreach (var l in ladder) n += l.Quantity; return n; }

    public static decimal Best(LadderLevel[] ladder) => ladder.Length == 0 ? 0 : ladder[0].Price;
}
