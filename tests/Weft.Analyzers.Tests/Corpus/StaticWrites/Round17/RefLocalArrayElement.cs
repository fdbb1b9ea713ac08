// WEFT0006: a compound assignment through a ref local bound to an element of a static array, in a per-worker type's
// member. Page: "a compound assignment through a ref local to a static count as read-modify-writes too" and "a change to
// what a static ... array holds". Reading: reported at the compound assignment (the ref binding alone writes nothing).
using Weft;

namespace Corpus.R17.StaticWrites.RefLocalArrayElement;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public partial class StatusCodes
{
    private static readonly long[] s_byClass = new long[6];

    public void Record(int status, long bytes)
    {
        ref long bucket = ref s_byClass[status / 100];
        bucket += bytes; // expect: WEFT0006
    }
}
