using Weft;

namespace Corpus.SlotUsage.NotPartial;

[ThreadLocalSlot] public sealed partial class FeatureFlags { public bool Enabled { get; init; } }
