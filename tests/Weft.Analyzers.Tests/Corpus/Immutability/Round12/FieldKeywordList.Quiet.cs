// C# 14 `field` keyword over an ImmutableArray: the backing field holds an immutable value, set once by `init`.
using System.Collections.Immutable;
using Weft;

namespace Corpus.R12.FieldKeywordListQuiet;

[ThreadLocalSlot]
public sealed partial class Names
{
    public ImmutableArray<string> All { get => field; init => field = value.IsDefault ? [] : value; }
}
