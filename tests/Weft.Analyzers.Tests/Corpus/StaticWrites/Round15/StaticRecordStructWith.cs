// Round 15, WEFT0006, a short request handler in a per-worker type: each request adds to process-wide totals held in a
// static record struct, updated with a `with` expression (`s_totals = s_totals with { … s_totals.Bytes + n }`): a read
// of the static, a copy and a write, run by every worker at once. Reading taken (the same doc gap as
// CollectionExpressionStaticAppend): a plain assignment of a value computed from the static is a read-modify-write.
using Weft;

namespace Corpus.Round15.StaticRecordStructWith;

public readonly record struct Totals(long Requests, long Bytes);

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestMeter
{
    private static Totals s_totals;

    public static Totals Snapshot => s_totals;

    public long MineRequests { get; private set; }

    public void OnRequest(int bytes)
    {
        MineRequests++;
        s_totals = s_totals with { Requests = s_totals.Requests + 1, Bytes = s_totals.Bytes + bytes }; // expect: WEFT0006
    }
}
