// Twin: the container is not generic.
using Weft;

namespace Corpus.SlotUsage.R8.NestedInGenericPartialStructQuiet;

public partial class Registry
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Counters
    {
        private int _n;
        public void Hit() => _n++;
    }
}
