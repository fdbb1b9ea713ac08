// WEFT0103: a slot type nested in a generic (partial) container.
using Weft;

namespace Corpus.SlotUsage.R8.NestedInGenericPartialStruct;

public partial class Registry<TKey>
{
    [ThreadLocalSlot(Mode = SlotMode.PerWorker)]
    public sealed partial class Counters // expect: WEFT0103
    {
        private int _n;
        public void Hit() => _n++;
    }
}
