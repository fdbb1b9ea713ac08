using Weft;

namespace Corpus.SlotUsage.NestedInGeneric;

public partial class Registry
{
    [ThreadLocalSlot] public sealed partial class Entry { public int Count { get; init; } }
}
