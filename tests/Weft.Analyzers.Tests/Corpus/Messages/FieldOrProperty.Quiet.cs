using System.Collections.Immutable;
using Weft;

namespace Corpus.Messages.FieldOrProperty;

[ThreadLocalSlot]
public sealed partial class Directory
{
    public readonly ImmutableArray<string> Names = ImmutableArray<string>.Empty;
    public ImmutableDictionary<string, int> Ids { get; init; } = ImmutableDictionary<string, int>.Empty;
    public ImmutableQueue<int> Recent { get; } = ImmutableQueue<int>.Empty;
}
