// Round 3. The inherited field is readonly.
using Weft;

namespace Corpus.Immutability.Round3.InheritedWritableField;

public abstract class Versioned
{
    public readonly long Version;
}

[ThreadLocalSlot]
public sealed partial class Catalog : Versioned
{
    public string Name { get; init; } = "";
}
