using Weft;

namespace Corpus.SlotUsage.Abstract;

public abstract record Policy { public abstract bool Allows(string path); }

public sealed record AllowAll : Policy { public override bool Allows(string path) => true; }

[ThreadLocalSlot] public sealed partial class PolicySnapshot { public AllowAll Policy { get; init; } = new(); }
