using Weft;

namespace Corpus.R11.PartialPrimaryCtorQuiet;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public string Name { get; init; } = "limits";
}
