using Weft;

namespace Corpus.StaticWrites.R9.ThisRefExtensionElsewhere;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Limiter
{
    private static Window s_global;
    private static readonly object s_gate = new();
    private Window _local;

    [WorkerUpdate]
    private void Tick(long now)
    {
        _local.Advance(now);
        lock (s_gate)
        {
            s_global.Advance(now);
        }
    }
}
