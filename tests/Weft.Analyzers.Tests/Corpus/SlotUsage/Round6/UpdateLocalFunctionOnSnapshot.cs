// WEFT0106: [WorkerUpdate] on a local function declared inside a method of a snapshot type. Reading: a local
// function is a method of the type it is declared in, and that type is a snapshot slot type.
using Weft;

namespace Corpus6a.UpdateLocalFunctionOnSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    public int Next()
    {
        Touch();
        return Version + 1;

        [WorkerUpdate] void Touch() { } // expect: WEFT0106 "Touch"
    }
}
