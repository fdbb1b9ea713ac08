using Weft;

namespace Corpus.SlotUsage.NestedInGeneric;

public partial class Registry<TKey>
{
    [ThreadLocalSlot] public sealed partial class Entry { public int Count { get; init; } } // expect: WEFT0103
}
