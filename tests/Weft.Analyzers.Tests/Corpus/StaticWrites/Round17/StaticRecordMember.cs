// WEFT0006: a member of the one record instance a static get-only auto-property holds, `+=`'d from a per-worker member.
// Page: "a member of the object a static get-only auto-property holds (GameMetrics.Instance.Kills++)". The holder is a
// record with a settable property (a read-modify-write of its get and set).
using Weft;

namespace Corpus.R17.StaticWrites.StaticRecordMember;

public sealed record Totals
{
    public long Requests { get; set; }
}

public static class GameMetrics
{
    public static Totals Instance { get; } = new();
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class Session
{
    private long _mine;

    public void Served(int n)
    {
        _mine += n;
        GameMetrics.Instance.Requests += n; // expect: WEFT0006
    }
}
