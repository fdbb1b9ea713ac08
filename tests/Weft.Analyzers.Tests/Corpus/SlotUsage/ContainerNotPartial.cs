using Weft;

namespace Corpus.SlotUsage.Container;

public class Proxy { [ThreadLocalSlot] public sealed partial class Routes { public int Count { get; init; } } } // expect: WEFT0105
