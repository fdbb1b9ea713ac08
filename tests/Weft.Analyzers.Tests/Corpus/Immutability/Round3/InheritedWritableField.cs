// Round 3. The sealed slot type inherits a public writable field from its abstract base. Reading taken: inherited members are members of the published object; report on the slot type or the inherited field.
using Weft;

namespace Corpus.Immutability.Round3.InheritedWritableField;

public abstract class Versioned
{
    public long Version; // expect: WEFT0001 #escape
}

[ThreadLocalSlot]
public sealed partial class Catalog : Versioned // expect: WEFT0001 #escape
{
    public string Name { get; init; } = "";
}
