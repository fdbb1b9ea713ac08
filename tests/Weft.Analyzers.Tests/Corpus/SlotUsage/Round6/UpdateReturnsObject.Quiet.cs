// Quiet twin of UpdateReturnsObject: the update in the second part returns void.
using Weft;

namespace Corpus6a.UpdateReturnsObject;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Session
{
    private object? _state;
}

public partial class Session
{
    [WorkerUpdate] public void Swap(string next) { _state = next; }
}
