using Weft;

namespace Corpus.SlotUsage.Container;

public partial class Proxy { [ThreadLocalSlot] public sealed partial class Routes { public int Count { get; init; } } }
