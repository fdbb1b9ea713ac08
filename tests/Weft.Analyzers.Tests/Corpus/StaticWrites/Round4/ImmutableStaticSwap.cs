// WEFT0006: a [WorkerUpdate] method replaces a static ImmutableDictionary with an updated copy: `s_map =
// s_map.SetItem(...)` is a read of the static field, a new value and a write — two workers doing it at once lose
// one update (the `s_n = s_n + x` read-modify-write with an immutable value).
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
        s_seen = s_seen.SetItem(code, s_seen.GetValueOrDefault(code) + 1); // expect: WEFT0006
    }
}
