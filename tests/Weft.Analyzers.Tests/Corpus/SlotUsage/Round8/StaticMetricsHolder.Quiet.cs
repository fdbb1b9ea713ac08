// Twin: an instance class.
using Weft;

namespace Corpus.SlotUsage.R8.StaticMetricsHolderQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class MetricsHolder
{
    private long _requests;
    public long Requests => _requests;
    public void Hit() => _requests++;
}
