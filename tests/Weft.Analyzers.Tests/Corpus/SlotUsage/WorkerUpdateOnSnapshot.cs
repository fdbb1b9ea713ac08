using Weft;

namespace Corpus.SlotUsage.UpdateOnSnapshot;

[ThreadLocalSlot]
public sealed partial class Routes
{
    public int Version { get; init; }

    [WorkerUpdate] private void Bump() { } // expect: WEFT0106
}
