// WEFT0106 and WEFT0108 together: a static generic [WorkerUpdate] method on a snapshot type. Reading: the rules are
// independent ("on a method of a snapshot slot type"; "static or generic"), so both are reported on the method.
using Weft;

namespace Corpus6a.UpdateStaticOnSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    [WorkerUpdate] public static void Touch<T>(T value) { } // expect: WEFT0106, WEFT0108 "Touch"
}
