using Weft;

namespace Corpus.SlotUsage.NotPartial;

[ThreadLocalSlot] public sealed class FeatureFlags { public bool Enabled { get; init; } } // expect: WEFT0100
