// WEFT0006: a [WorkerUpdate] method updates two static counters with one tuple deconstruction — each element is a
// read of the static field and a write back (the `s_n = s_n + x` read-modify-write, spelled as a tuple).
using Weft;

namespace Corpus.Round4.StaticTupleDeconstruction;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class RequestCounter
{
    static long s_requests;
    static long s_bytes;
    long _mine;

    [WorkerUpdate]
    void Count(long bytes)
    {
        _mine += bytes;
        (s_requests, s_bytes) = (s_requests + 1, s_bytes + bytes); // expect: WEFT0006
    }
}
