// WEFT0107: an update returning `object?`, in a second partial part of the per-worker type.
using Weft;

namespace Corpus6a.UpdateReturnsObject;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    private object? _state;
}

public partial class Session
{
    [WorkerUpdate] public object? Swap(string next) { object? old = _state; _state = next; return old; } // expect: WEFT0107 "Swap"
}
