// Quiet twin of StaticRecordMember: the record keeps a public field updated with Interlocked.Add.
using System.Threading;
using Weft;

namespace Corpus.R17.StaticWrites.StaticRecordMember;

public sealed record Totals
{
    public long Requests;
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
        Interlocked.Add(ref GameMetrics.Instance.Requests, n);
    }
}
