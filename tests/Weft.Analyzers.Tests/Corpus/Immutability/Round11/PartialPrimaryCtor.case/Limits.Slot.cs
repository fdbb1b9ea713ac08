using Weft;

namespace Corpus.R11.PartialPrimaryCtor;

[ThreadLocalSlot]
public sealed partial class Limits
{
    public string Name { get; init; } = "limits";
}
