// C# 13 partial property of an immutable type: both parts declare an ImmutableArray<int>.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R12.PartialPropertyQuiet;

[ThreadLocalSlot]
public sealed partial class Ports
{
    public partial ImmutableArray<int> Open { get; }
}

public sealed partial class Ports
{
    public partial ImmutableArray<int> Open { get => field.IsDefault ? [] : field; }
}
