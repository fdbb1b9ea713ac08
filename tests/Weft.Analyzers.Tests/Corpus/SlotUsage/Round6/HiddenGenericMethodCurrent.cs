// WEFT0109: a generic static method `Current<T>()` on a per-worker slot type — a member named Current, whatever its
// arity.
using Weft;

namespace Corpus6a.HiddenGenericMethodCurrent;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public static T? Current<T>() where T : class => null; // expect: WEFT0109 "Current"

    public int Used;
}
