using Weft;

namespace Corpus.SlotUsage.UpdateOnSnapshot;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Counters
{
    private int _bumps;

    [WorkerUpdate] private void Bump() { _bumps++; }

    public int Bumps => _bumps;
}
