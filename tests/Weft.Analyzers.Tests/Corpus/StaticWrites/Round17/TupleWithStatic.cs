// WEFT0006: a tuple assignment whose one static element is read-modify-written ((s_hits, last) = (s_hits + 1, n))
// inside a [WorkerUpdate]. The page: "A tuple assignment (s_a, s_b) = (s_a + 1, …) ... count as read-modify-writes".
// Reading taken: only one static is in the tuple, so one report, on that line.
using Weft;

namespace Corpus.R17.StaticWrites.TupleWithStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class HitCounter
{
    private static int s_hits;
    private int _last;

    [WorkerUpdate]
    public void Hit(int n)
    {
        (s_hits, _last) = (s_hits + 1, n); // expect: WEFT0006
    }
}
