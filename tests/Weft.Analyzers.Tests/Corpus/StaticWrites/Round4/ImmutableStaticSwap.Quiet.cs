// Quiet twin of ImmutableStaticSwap: ImmutableInterlocked.AddOrUpdate swaps the static dictionary with a
// compare-exchange loop.
using System.Collections.Immutable;
using Weft;

namespace Corpus.Round4.ImmutableStaticSwap;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class ErrorCodes
{
    static ImmutableDictionary<int, int> s_seen = ImmutableDictionary<int, int>.Empty;

    public static ImmutableDictionary<int, int> Seen => s_seen;

    [WorkerUpdate]
    void Record(int code)
    {
        ImmutableInterlocked.AddOrUpdate(ref s_seen, code, 1, (_, n) => n + 1);
    }
}
